package org.aifootprint.imports.billing;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Hardware catalogue code of a GPU named in free text ("Nvidia Tesla A100 GPU running", "4 x NVIDIA H100 80GB HBM3",
 * "NVIDIA A100-SXM4-80GB"): the longest model word found wins; the 80 GB A100 is told from the 40 GB one.
 */
public final class GpuNames {

    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("h200", "nvidia-h200-sxm-141gb"),
            Map.entry("h100 pcie", "nvidia-h100-pcie-80gb"), Map.entry("h100", "nvidia-h100-sxm5-80gb"),
            Map.entry("a100-pcie", "nvidia-a100-pcie-80gb"), Map.entry("a100 pcie", "nvidia-a100-pcie-80gb"),
            Map.entry("a100-sxm4-80gb", "nvidia-a100-sxm4-80gb"), Map.entry("a100 80gb", "nvidia-a100-sxm4-80gb"),
            Map.entry("a100", "nvidia-a100-sxm4-40gb"), Map.entry("l40s", "nvidia-l40s"), Map.entry("l4", "nvidia-l4"),
            Map.entry("a10g", "nvidia-a10g"), Map.entry("t4", "nvidia-t4"), Map.entry("v100-sxm2-32gb", "nvidia-v100-sxm2-32gb"),
            Map.entry("v100-pcie", "nvidia-v100-pcie-16gb"), Map.entry("v100", "nvidia-v100-sxm2-16gb"), Map.entry("b200", "nvidia-b200-sxm-192gb"),
            Map.entry("mi300x", "amd-mi300x"), Map.entry("mi250x", "amd-mi250x"), Map.entry("mi250", "amd-mi250x"));

    private record Word(String text, Pattern pattern, String code) {
    }

    /** Longest words first, so the first match is the most specific. */
    private static final java.util.List<Word> ORDERED = WORDS.entrySet().stream()
            .sorted((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()))
            .map(e -> new Word(e.getKey(), Pattern.compile("(?<![a-z0-9])" + Pattern.quote(e.getKey()) + "(?![a-z0-9])"), e.getValue())).toList();

    private GpuNames() {
    }

    /** The catalogue code, or null when no known GPU is named. */
    public static String codeOf(String text) {
        if (text == null) {
            return null;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('_', ' ');
        for (Word w : ORDERED) {
            if (t.contains(w.text()) && w.pattern().matcher(t).find()) {
                return w.code();
            }
        }
        return null;
    }
}
