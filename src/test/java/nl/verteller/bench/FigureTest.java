package nl.verteller.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

@Fast
class FigureTest {
    @Test
    void aFigureIsOneLineOfJsonThatKeepsSmallValuesAndHasNoNaN() {
        JsonObject small = Json.parse(Figure.against("voice.false", 1e-5, 0.0, "%").json()).asObject();
        assertThat(small.get("value").asDouble()).isEqualTo(1e-5);
        assertThat(small.get("ratio").isNull()).as("no ratio against a baseline of 0").isTrue();

        JsonObject nothing = Json.parse(Figure.of("voice.delay_median", Double.NaN, "ms").json()).asObject();
        assertThat(nothing.get("value").isNull()).isTrue();
        assertThat(nothing.names()).containsExactly("name", "value", "unit");
    }
}
