package io.jenkins.plugins.dingtalkinspect.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ClassifierTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0      | ok                                                        | DELIVERED
            -1     | 系统繁忙                                                   | RETRYABLE
            -1     |                                                           | RETRYABLE
            310000 | keywords not in content                                   | KEYWORD_MISMATCH
            310000 | 关键词不匹配                                               | KEYWORD_MISMATCH
            310000 | sign not match, more: [https://ding-doc.dingtalk.com]     | SIGN_MISMATCH
            310000 | 机器人发送签名不匹配                                         | SIGN_MISMATCH
            310000 | invalid timestamp                                         | INVALID_TIMESTAMP
            310000 | 时间戳无效                                                  | INVALID_TIMESTAMP
            310000 | ip 10.1.2.3 not in whitelist                              | IP_NOT_ALLOWED
            310000 | something new                                             | UNKNOWN
            130101 | send too fast, exceed 20 times per minute                 | THROTTLED
            410100 | 发送速度太快而限流                                           | THROTTLED
            660026 | sending too many messages per minute                      | THROTTLED
            130101 |                                                           | THROTTLED
            300001 | token is not exist                                        | TOKEN_INVALID
            300005 | token is not exist                                        | TOKEN_INVALID
            400101 | access_token不存在                                         | TOKEN_INVALID
            400102 | 机器人已停用                                                | ROBOT_DISABLED
            400013 | 群已被解散                                                  | GROUP_DISSOLVED
            400106 | 机器人不存在                                                | ROBOT_NOT_IN_GROUP
            400105 | 不支持的消息类型                                             | UNSUPPORTED
            43004  | 无效的HTTP HEADER Content-Type                              | UNSUPPORTED
            430101 | 含有不安全的外链                                             | CONTENT_REJECTED
            430102 | 含有不适宜的文字                                             | CONTENT_REJECTED
            430103 | 含有不适宜的图片                                             | CONTENT_REJECTED
            430104 | 含有不适宜的内容                                             | CONTENT_REJECTED
            460101 | message too long, exceed 20000 bytes                      | BODY_TOO_LARGE
            460101 | body 大小不合法                                             | BODY_TOO_LARGE
            101002 | message is too long                                       | BODY_TOO_LARGE
            999999 | what                                                      | UNKNOWN
            300002 | description:机器人已停用;solution:请启用                       | ROBOT_DISABLED
            400101 | 错误描述:access_token 不存在;解决方案:请检查                      | TOKEN_INVALID
            """)
    void classifiesByCodeAndMessage(int errcode, String errmsg, Outcome expected) {
        assertThat(Classifier.classify(errcode, errmsg)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "500,RETRYABLE",
        "502,RETRYABLE",
        "503,RETRYABLE",
        "504,RETRYABLE",
        "429,RETRYABLE",
        "404,UNKNOWN",
        "302,UNKNOWN",
        "200,DELIVERED"
    })
    void classifiesHttpStatuses(int status, Outcome expected) {
        assertThat(Classifier.forHttpStatus(status)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void everyOutcomeSaysWhatToDoInBothLanguages(Outcome outcome) {
        assertThat(outcome.hint(Locale.ENGLISH)).isNotBlank().isEqualTo(outcome.hint());
        assertThat(outcome.hint(Locale.SIMPLIFIED_CHINESE)).isNotBlank().isNotEqualTo(outcome.hint());
        assertThat(outcome.retryable()).isEqualTo(outcome == Outcome.RETRYABLE);
    }
}
