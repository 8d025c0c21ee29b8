package org.aifootprint.domain.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.aifootprint.domain.facility.Facility;
import org.aifootprint.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class HardwareAssetTest {

    private static final LocalDate ACQUIRED = LocalDate.of(2022, 5, 1);
    private final Facility paris = new Facility("PAR");

    private HardwareAsset batch(int quantity) {
        HardwareAsset asset = new HardwareAsset(new HardwareType("nvidia-t4", "NVIDIA T4", "accelerator", "NVIDIA", 70.0, 8.0, 0.7, 60.0,
                "project-estimate", 5.0, "test"));
        asset.setQuantity(quantity);
        asset.setAcquiredOn(ACQUIRED);
        return asset;
    }

    private static List<String> refused(Runnable action) {
        return assertThrows(InvalidInput.class, action::run).errors().stream().map(InvalidInput.FieldError::field).toList();
    }

    @Test
    void theStatusFollowsTheEvents() {
        HardwareAsset asset = batch(10);
        assertEquals(AssetStatus.IN_STOCK, asset.getStatus());
        asset.record(EventKind.DEPLOYED, ACQUIRED.plusDays(10), paris, null, null, null, null, null, null);
        assertEquals(AssetStatus.DEPLOYED, asset.getStatus());
        assertEquals(paris, asset.getFacility());
        asset.record(EventKind.RETIRED, ACQUIRED.plusYears(3), null, null, null, null, null, null, null);
        assertEquals(AssetStatus.RETIRED, asset.getStatus());
    }

    @Test
    void aBatchIsDisposedOfInPartsAndOnlyThenIsDisposed() {
        HardwareAsset asset = batch(10);
        asset.record(EventKind.DISPOSED, ACQUIRED.plusYears(4), null, 6, Disposition.REUSE, 4.2, "Refurbisher", "C-1", null);
        assertEquals(AssetStatus.IN_STOCK, asset.getStatus());
        assertEquals(4, asset.remainingQuantity());
        assertEquals(List.of("quantity"), refused(() -> asset.record(EventKind.DISPOSED, ACQUIRED.plusYears(4), null, 5,
                Disposition.RECYCLING, 3.5, null, null, null)));
        asset.record(EventKind.DISPOSED, ACQUIRED.plusYears(4), null, null, Disposition.RECYCLING, 2.8, null, null, null);
        assertEquals(AssetStatus.DISPOSED, asset.getStatus());
        assertEquals(0, asset.remainingQuantity());
        assertEquals(List.of("kind", "quantity"), refused(() -> asset.record(EventKind.MOVED, ACQUIRED.plusYears(5), paris, null, null,
                null, null, null, null)));
    }

    @Test
    void eventsKeepTheirOrderAndFollowTheAcquisition() {
        HardwareAsset asset = batch(1);
        assertEquals(List.of("occurredOn"), refused(() -> asset.record(EventKind.RECEIVED, ACQUIRED.minusDays(1), null, null, null, null,
                null, null, null)));
        asset.record(EventKind.RECEIVED, ACQUIRED.plusDays(5), null, null, null, null, null, null, null);
        assertEquals(List.of("occurredOn"), refused(() -> asset.record(EventKind.DEPLOYED, ACQUIRED.plusDays(4), paris, null, null, null,
                null, null, null)));
    }

    @Test
    void aDisposalNamesItsDispositionAndMassAndADeploymentItsFacility() {
        HardwareAsset asset = batch(1);
        assertEquals(List.of("disposition", "massKg"), refused(() -> asset.record(EventKind.DISPOSED, ACQUIRED.plusYears(1), null, null,
                null, null, null, null, null)));
        assertEquals(List.of("facility"), refused(() -> asset.record(EventKind.DEPLOYED, ACQUIRED.plusYears(1), null, null, null, null,
                null, null, null)));
        assertEquals(List.of("disposition"), refused(() -> asset.record(EventKind.RETIRED, ACQUIRED.plusYears(1), null, null,
                Disposition.LANDFILL, null, null, null, null)));
        assertTrue(asset.getEvents().isEmpty(), "nothing recorded by a refused event");
    }

    @Test
    void reuseRefurbishmentAndRecyclingAreDivertedFromDisposal() {
        assertTrue(Disposition.REUSE.divertedFromDisposal() && Disposition.REFURBISHMENT.divertedFromDisposal()
                && Disposition.RECYCLING.divertedFromDisposal());
        assertTrue(!Disposition.LANDFILL.divertedFromDisposal() && !Disposition.INCINERATION.divertedFromDisposal());
    }
}
