package io.jenkins.plugins.dingtalkinspect.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryReport;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints delivery reports: one line for people, one JSON object for scripts. Reports hold no secret. */
final class Reports {

    static final ObjectMapper JSON = new ObjectMapper();

    private Reports() {}

    static void print(PrintWriter out, DeliveryReport report, boolean json, Locale locale) {
        if (json) {
            out.println(toJson(report.toMap()));
        } else {
            out.println(report.summary(locale));
        }
        out.flush();
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain values always serialize", e);
        }
    }
}
