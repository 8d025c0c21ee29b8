package org.aifootprint.domain.usage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.aifootprint.domain.facility.Facility;
import org.aifootprint.domain.hardware.HardwareType;
import org.aifootprint.domain.model.AiModel;
import org.aifootprint.domain.shared.Importable;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * Compute a model used in one phase over a period, in one facility, on one hardware type: device count ×
 * hours per device, with whichever of metered energy, measured average power or utilisation is known.
 */
@Entity
@Audited
@Table(name = "compute_usage")
@NamedQuery(name = "ComputeUsage.findOverlapping",
        query = "select u from ComputeUsage u join fetch u.model join fetch u.facility join fetch u.hardware "
                + "where u.periodStart <= :to and u.periodEnd >= :from order by u.periodStart, u.id")
public class ComputeUsage extends Importable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "model_id")
    private AiModel model;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Phase phase;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    /** Inclusive. */
    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @ManyToOne(optional = false)
    @JoinColumn(name = "facility_id")
    private Facility facility;

    @ManyToOne(optional = false)
    @JoinColumn(name = "hardware_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private HardwareType hardware;

    @Column(name = "device_count", nullable = false)
    private int deviceCount;

    @Column(name = "hours_per_device", nullable = false)
    private double hoursPerDevice;

    @Column(name = "avg_power_w")
    private Double avgPowerW;

    /** Average utilisation of the devices, 0 to 1. */
    @Column(name = "utilization")
    private Double utilization;

    @Column(name = "energy_kwh")
    private Double energyKwh;

    @Column(name = "requests")
    private Long requests;

    /** For energy estimated from cloud billing: the estimate at 0 % and 100 % utilisation, and the factors used. */
    @Column(name = "energy_low_kwh")
    private Double energyLowKwh;

    @Column(name = "energy_high_kwh")
    private Double energyHighKwh;

    @Column(name = "energy_factors", length = 2000)
    private String energyFactors;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_source", nullable = false, length = 20)
    private DataSource dataSource;

    @Enumerated(EnumType.STRING)
    @Column(name = "quality_tier", nullable = false, length = 10)
    private QualityTier qualityTier;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ComputeUsage() {
    }

    public ComputeUsage(DataSource dataSource, Instant createdAt) {
        this.dataSource = dataSource;
        this.createdAt = createdAt;
    }

    public double getDeviceHours() {
        return deviceCount * hoursPerDevice;
    }

    /** Recomputes the tier from what is known; call after changing energy or power. */
    public void refreshQualityTier() {
        this.qualityTier = QualityTier.of(dataSource, energyKwh, avgPowerW);
    }

    public Long getId() { return id; }
    public AiModel getModel() { return model; }
    public void setModel(AiModel v) { this.model = v; }
    public Phase getPhase() { return phase; }
    public void setPhase(Phase v) { this.phase = v; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate v) { this.periodStart = v; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate v) { this.periodEnd = v; }
    public Facility getFacility() { return facility; }
    public void setFacility(Facility v) { this.facility = v; }
    public HardwareType getHardware() { return hardware; }
    public void setHardware(HardwareType v) { this.hardware = v; }
    public int getDeviceCount() { return deviceCount; }
    public void setDeviceCount(int v) { this.deviceCount = v; }
    public double getHoursPerDevice() { return hoursPerDevice; }
    public void setHoursPerDevice(double v) { this.hoursPerDevice = v; }
    public Double getAvgPowerW() { return avgPowerW; }
    public void setAvgPowerW(Double v) { this.avgPowerW = v; }
    public Double getUtilization() { return utilization; }
    public void setUtilization(Double v) { this.utilization = v; }
    public Double getEnergyKwh() { return energyKwh; }
    public void setEnergyKwh(Double v) { this.energyKwh = v; }
    public Long getRequests() { return requests; }
    public Double getEnergyLowKwh() { return energyLowKwh; }
    public Double getEnergyHighKwh() { return energyHighKwh; }
    public String getEnergyFactors() { return energyFactors; }

    /** Energy estimated from cloud billing lines: central value, range and the coefficients used. */
    public void estimatedFromBilling(double kwh, double lowKwh, double highKwh, String factors) {
        this.energyKwh = kwh;
        this.energyLowKwh = lowKwh;
        this.energyHighKwh = highKwh;
        this.energyFactors = factors;
        refreshQualityTier();
    }
    public void setRequests(Long v) { this.requests = v; }
    public DataSource getDataSource() { return dataSource; }
    public QualityTier getQualityTier() { return qualityTier; }
    public Instant getCreatedAt() { return createdAt; }
}
