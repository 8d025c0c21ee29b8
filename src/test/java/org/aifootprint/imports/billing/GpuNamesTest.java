package org.aifootprint.imports.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class GpuNamesTest {

    @Test
    void gpuNamesAsProvidersAndCodeCarbonWriteThem() {
        assertEquals("nvidia-a100-sxm4-80gb", GpuNames.codeOf("4 x NVIDIA A100-SXM4-80GB"));
        assertEquals("nvidia-a100-sxm4-40gb", GpuNames.codeOf("Nvidia Tesla A100 GPU running in Americas"));
        assertEquals("nvidia-h100-sxm5-80gb", GpuNames.codeOf("8 x NVIDIA H100 80GB HBM3"));
        assertEquals("nvidia-l4", GpuNames.codeOf("NVIDIA L4"));
        assertEquals("nvidia-l40s", GpuNames.codeOf("NVIDIA L40S"), "L40S is not an L4");
        assertEquals("nvidia-t4", GpuNames.codeOf("Standard_NC4as_T4_v3"));
        assertNull(GpuNames.codeOf("Intel Xeon Platinum 8375C"));
        assertNull(GpuNames.codeOf(null));
    }
}
