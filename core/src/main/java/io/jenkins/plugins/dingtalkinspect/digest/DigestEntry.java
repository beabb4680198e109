package io.jenkins.plugins.dingtalkinspect.digest;

import io.jenkins.plugins.dingtalkinspect.inspection.Inspection;
import io.jenkins.plugins.dingtalkinspect.inspection.Level;

/** What a digest keeps of a card: its level, title and link. */
public record DigestEntry(Level level, String title, String url) {

    public static DigestEntry of(Inspection inspection) {
        String url = inspection.detailsUrl();
        if (url == null && inspection.build().isPresent()) {
            url = inspection.build().get().buildUrl();
        }
        return new DigestEntry(inspection.level(), inspection.title(), url);
    }
}
