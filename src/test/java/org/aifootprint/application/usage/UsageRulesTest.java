package org.aifootprint.application.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.aifootprint.domain.usage.DataSource;
import org.aifootprint.domain.hardware.HardwareType;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.usage.Phase;
import org.aifootprint.domain.usage.QualityTier;
import org.junit.jupiter.api.Test;

class UsageRulesTest {

    private static final HardwareType A100 = new HardwareType("nvidia-a100-sxm4-40gb", "NVIDIA A100 SXM4 40GB", "accelerator", "NVIDIA",
            400.0, 50.0, 1.5, 150.0, "project-estimate", 5.0, "test");
    private static final HardwareType TPU = new HardwareType("google-tpu-v4", "Google TPU v4", "accelerator", "Google",
            null, null, null, null, null, null, "test");

    private static UsageInput usage(String phase, LocalDate start, LocalDate end, double hours) {
        UsageInput in = new UsageInput();
        in.setPhase(phase);
        in.setPeriodStart(start);
        in.setPeriodEnd(end);
        in.setHardware("nvidia-a100-sxm4-40gb");
        in.setDeviceCount(8);
        in.setHours(hours);
        return in;
    }

    private static List<String> refused(UsageInput in, HardwareType type) {
        InvalidInput.Checks checks = new InvalidInput.Checks();
        UsageRules.check(in, type, checks);
        try {
            checks.throwIfAny();
            return List.of();
        } catch (InvalidInput refusal) {
            return refusal.errors().stream().map(InvalidInput.FieldError::field).toList();
        }
    }

    @Test
    void hoursPerDeviceFitInThePeriodBothDaysIncluded() {
        LocalDate day = LocalDate.of(2025, 1, 1);
        assertEquals(List.of(), refused(usage("training", day, day.plusDays(1), 48), A100));
        assertEquals(List.of("hours"), refused(usage("training", day, day.plusDays(1), 48.5), A100));
        assertEquals(List.of(), refused(usage("training", day, LocalDate.of(2025, 12, 31), 8760), A100));
    }

    @Test
    void theEndComesAfterTheStart() {
        assertEquals(List.of("periodEnd"), refused(usage("training", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 31), 5), A100));
    }

    @Test
    void unknownPhasesAndHardwareAreRefused() {
        LocalDate day = LocalDate.of(2025, 1, 1);
        assertEquals(List.of("phase"), refused(usage("pre-training", day, day, 5), A100));
        UsageInput in = usage("training", day, day, 5);
        in.setHardware("nvidia-gtx-9999");
        assertEquals(List.of("hardware"), refused(in, null));
    }

    @Test
    void hardwareWithoutAPowerModelNeedsAMeasurement() {
        LocalDate day = LocalDate.of(2025, 1, 1);
        assertEquals(List.of("avgPowerW"), refused(usage("training", day, day, 5), TPU));
        UsageInput measured = usage("training", day, day, 5);
        measured.setAvgPowerW(190.0);
        assertEquals(List.of(), refused(measured, TPU));
    }

    @Test
    void anAveragePowerFarAboveTheMaximumLooksLikeAUnitMistake() {
        LocalDate day = LocalDate.of(2025, 1, 1);
        UsageInput in = usage("training", day, day, 5);
        in.setAvgPowerW(3_200.0);
        assertEquals(List.of("avgPowerW"), refused(in, A100));
    }

    @Test
    void requestsAreCountedForInferenceOnly() {
        LocalDate day = LocalDate.of(2025, 1, 1);
        UsageInput in = usage("training", day, day, 5);
        in.setRequests(1000L);
        assertEquals(List.of("requests"), refused(in, A100));
        in.setPhase("inference");
        assertEquals(List.of(), refused(in, A100));
    }

    @Test
    void theQualityTierFollowsFromWhatIsKnown() {
        assertEquals(QualityTier.METERED, QualityTier.of(DataSource.MANUAL, 120.0, 300.0));
        assertEquals(QualityTier.MEASURED, QualityTier.of(DataSource.CSV, null, 300.0));
        assertEquals(QualityTier.ESTIMATED, QualityTier.of(DataSource.MANUAL, null, null));
        assertEquals(QualityTier.ESTIMATED, QualityTier.of(DataSource.BILLING_IMPORT, 120.0, null), "billing energy is an estimate");
    }

    @Test
    void phasesAreReadFromTheirExternalCodes() {
        assertEquals(Phase.FINE_TUNING, Phase.fromCode(" Fine-Tuning ").orElseThrow());
        assertEquals(Phase.FINE_TUNING, Phase.fromCode("fine_tuning").orElseThrow());
        assertEquals("fine-tuning", Phase.FINE_TUNING.code());
    }
}
