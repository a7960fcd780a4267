package nl.verteller.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.verteller.cli.Json;

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

    String json() {
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put("name", name);
        entries.put("value", value);
        entries.put("unit", unit);
        if (baseline != null) {
            entries.put("baseline", baseline);
            entries.put("ratio", baseline == 0 ? null : value / baseline);
        }
        return Json.object(entries);
    }
}
