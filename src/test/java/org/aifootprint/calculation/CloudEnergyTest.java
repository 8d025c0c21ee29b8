package org.aifootprint.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CloudEnergyTest {

    private static Factor f(String id, double v, String unit) {
        return new Factor(id, "test", v, unit, "test");
    }

    private static final CloudEnergy.Coefficients AWS_A100 = new CloudEnergy.Coefficients(f("cpu-min", 0.64, "W"), f("cpu-max", 3.97, "W"),
            f("memory", 0.000392, "kWh/GBh"), null, null, f("network", 0.001, "kWh/GB"), f("gpu-idle", 46, "W"), f("gpu-max", 400, "W"));

    @Test
    void oneHourOfAnEightGpuInstanceIsCpuPlusMemoryPlusGpus() {
        // p4d.24xlarge for one hour: 96 vCPU-h, 1,152 GB-h, 8 GPU-h
        CloudEnergy.Estimate e = CloudEnergy.estimate(CloudEnergy.Use.compute(96, 1152, 8), AWS_A100, null);
        double cpu = 96 * (0.64 + 0.5 * (3.97 - 0.64)) / 1000;
        double memory = 1152 * 0.000392;
        double gpu = 8 * (46 + 0.5 * (400 - 46)) / 1000;
        assertEquals(cpu + memory + gpu, e.kwh(), 1e-12);
        assertEquals(2.456864, e.kwh(), 1e-9);
        assertEquals(96 * 0.64 / 1000 + memory + 8 * 46 / 1000.0, e.lowKwh(), 1e-12);
        assertEquals(96 * 3.97 / 1000 + memory + 8 * 400 / 1000.0, e.highKwh(), 1e-12);
        assertEquals(List.of("cpu-min@test", "cpu-max@test", "memory@test", "gpu-idle@test", "gpu-max@test"), e.factors());
    }

    @Test
    void storageCountsEveryReplicaAndNetworkEveryGigabyte() {
        CloudEnergy.Coefficients c = new CloudEnergy.Coefficients(null, null, null, f("ssd", 1.2, "Wh/TBh"), f("replication", 2, "factor"),
                f("network", 0.001, "kWh/GB"), null, null);
        assertEquals(73 * 1.2 * 2 / 1000, CloudEnergy.estimate(CloudEnergy.Use.storage(73, true), c, null).kwh(), 1e-12);
        CloudEnergy.Estimate net = CloudEnergy.estimate(CloudEnergy.Use.network(250), c, null);
        assertEquals(0.25, net.kwh(), 1e-12);
        assertEquals(net.lowKwh(), net.highKwh(), "no utilisation range for fixed coefficients");
    }

    @Test
    void aMissingCoefficientIsRefusedNeverTakenAsZero() {
        CloudEnergy.Coefficients none = new CloudEnergy.Coefficients(null, null, null, null, null, null, null, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CloudEnergy.estimate(CloudEnergy.Use.compute(4, 0, 0), none, null));
        assertTrue(e.getMessage().contains("CPU"));
        assertThrows(IllegalArgumentException.class, () -> CloudEnergy.estimate(CloudEnergy.Use.compute(4, 0, 0), AWS_A100, 1.5));
    }

    @Test
    void utilisationMovesTheEstimateWithinItsRange() {
        CloudEnergy.Use use = CloudEnergy.Use.compute(10, 0, 0);
        assertEquals(CloudEnergy.estimate(use, AWS_A100, 0.0).kwh(), CloudEnergy.estimate(use, AWS_A100, null).lowKwh(), 1e-12);
        assertEquals(CloudEnergy.estimate(use, AWS_A100, 1.0).kwh(), CloudEnergy.estimate(use, AWS_A100, null).highKwh(), 1e-12);
    }
}
