package org.aifootprint.domain.vendor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.aifootprint.domain.shared.TenantOwned;
import org.hibernate.envers.Audited;

/** A region, site or hardware model a vendor offers; a region refers to the reference data's cloud regions. */
@Entity
@Audited
@Table(name = "vendor_offering")
public class VendorOffering extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "vendor_id", nullable = false)
    private Vendor vendor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OfferingKind kind;

    /** {@code aws:eu-west-3} for a region, a catalogue code for hardware, the site's name otherwise. */
    @Column(nullable = false, length = 120)
    private String reference;

    @Column(length = 200)
    private String label;

    protected VendorOffering() {
    }

    VendorOffering(Vendor vendor, OfferingKind kind, String reference, String label) {
        this.vendor = vendor;
        this.kind = kind;
        this.reference = reference;
        this.label = label;
    }

    public Long getId() { return id; }
    public Vendor getVendor() { return vendor; }
    public OfferingKind getKind() { return kind; }
    public String getReference() { return reference; }
    public String getLabel() { return label; }
}
