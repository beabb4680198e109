/**
 * A local DingTalk custom-robot server for tests, demos and previews. The public API is this package:
 * {@link io.jenkins.plugins.dingtalkinspect.sandbox.DingTalkSandbox} and the records and types it takes and returns.
 * The sub-packages are the sandbox's parts (signature check, message rules, rate limits, HTTP handlers, the page) and
 * may change without notice.
 */
package io.jenkins.plugins.dingtalkinspect.sandbox;
