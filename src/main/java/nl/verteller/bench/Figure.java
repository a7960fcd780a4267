package nl.verteller.bench;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;

/**
 * One benchmark figure as a JSON line: {@code {"name":…,"value":…,"unit":…}}, and where it has one,
 * the {@code "baseline"} measured in the same run and {@code "ratio"} = value / baseline.
 */
record Figure(String name, double value, String unit, Double baseline) {
    static Figure of(String name, double value, String unit) {
        return new Figure(name, value, unit, null);
    }

    static Figure against(String name, double value, double baseline, String unit) {
        return new Figure(name, value, unit, baseline);
    }

    /** Not-a-number (a rate of nothing) is written as null: JSON has no NaN. */
    String json() {
        JsonObject json = new JsonObject().add("name", name).add("value", number(value)).add("unit", unit);
        if (baseline != null) {
            json.add("baseline", number(baseline)).add("ratio", baseline == 0 ? Json.NULL : number(value / baseline));
        }
        return json.toString();
    }

    private static JsonValue number(double value) {
        return Double.isFinite(value) ? Json.value(value) : Json.NULL;
    }
}
