package org.aifootprint.domain.energy;

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
import java.time.LocalDate;
import org.aifootprint.domain.facility.Facility;
import org.aifootprint.domain.shared.Importable;
import org.hibernate.envers.Audited;

/**
 * A PPA, certificate bundle, green tariff or supplier contract covering electricity in one market over a
 * period. Market-based Scope 2 uses each MWh of it at most once.
 */
@Entity
@Audited
@Table(name = "contractual_instrument")
@NamedQuery(name = "ContractualInstrument.findOverlapping",
        query = "select i from ContractualInstrument i where i.periodStart <= :to and i.periodEnd >= :from order by i.periodStart, i.id")
public class ContractualInstrument extends Importable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InstrumentKind kind;

    /** The facility it was bought for, if specific; otherwise it covers any facility in the market. */
    @ManyToOne
    @JoinColumn(name = "facility_id")
    private Facility facility;

    /** The grid zone (market) whose consumption it may cover. */
    @Column(name = "market_zone", nullable = false, length = 64)
    private String marketZone;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "volume_mwh", nullable = false)
    private double volumeMwh;

    @Column(name = "vintage_year")
    private Integer vintageYear;

    @Column(name = "certificate_ids", length = 2000)
    private String certificateIds;

    @Column(nullable = false)
    private boolean retired;

    /** 0 for renewable attributes; the supplier's rate for a supplier contract. */
    @Column(name = "emission_factor_g_per_kwh", nullable = false)
    private double emissionFactorGramsPerKwh;

    @Column(length = 200)
    private String supplier;

    @Column(length = 1000)
    private String notes;

    public ContractualInstrument() {
    }

    public Long getId() { return id; }
    public InstrumentKind getKind() { return kind; }
    public void setKind(InstrumentKind kind) { this.kind = kind; }
    public Facility getFacility() { return facility; }
    public void setFacility(Facility facility) { this.facility = facility; }
    public String getMarketZone() { return marketZone; }
    public void setMarketZone(String marketZone) { this.marketZone = marketZone; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate v) { this.periodStart = v; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate v) { this.periodEnd = v; }
    public double getVolumeMwh() { return volumeMwh; }
    public void setVolumeMwh(double v) { this.volumeMwh = v; }
    public Integer getVintageYear() { return vintageYear; }
    public void setVintageYear(Integer v) { this.vintageYear = v; }
    public String getCertificateIds() { return certificateIds; }
    public void setCertificateIds(String v) { this.certificateIds = v; }
    public boolean isRetired() { return retired; }
    public void setRetired(boolean retired) { this.retired = retired; }
    public double getEmissionFactorGramsPerKwh() { return emissionFactorGramsPerKwh; }
    public void setEmissionFactorGramsPerKwh(double v) { this.emissionFactorGramsPerKwh = v; }
    public String getSupplier() { return supplier; }
    public void setSupplier(String v) { this.supplier = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { this.notes = v; }
}
