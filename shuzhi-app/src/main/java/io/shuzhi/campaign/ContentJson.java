package io.shuzhi.campaign;

import io.shuzhi.evaluation.EvaluationScheme;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

/** JSON of the stored documents: report sections as {"HIGHLIGHTS": [{heading, text}], ...}, and schemes. */
@Component
class ContentJson {

    private static final TypeReference<Map<Section, List<ReportItem>>> SECTIONS = new TypeReference<>() {
    };

    private final JsonMapper json;

    ContentJson(JsonMapper json) {
        this.json = json;
    }

    String write(ReportContent content) {
        return json.writeValueAsString(content.sections());
    }

    ReportContent read(String text) {
        return new ReportContent(json.readValue(text, SECTIONS));
    }

    String write(EvaluationScheme scheme) {
        return json.writeValueAsString(scheme);
    }

    EvaluationScheme readScheme(String text) {
        return json.readValue(text, EvaluationScheme.class);
    }

    <T> T readValue(String text, Class<T> type) {
        return json.readValue(text, type);
    }

    String writeValue(Object value) {
        return json.writeValueAsString(value);
    }
}
