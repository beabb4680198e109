/**
 * Jenkins-free decisions of the freestyle notifier: which finished builds get a message (success,
 * first failure, repeated failure, back to normal, ...), from the build's status and its
 * predecessors'.
 */
package io.jenkins.plugins.dingtalkinspect.notify;
