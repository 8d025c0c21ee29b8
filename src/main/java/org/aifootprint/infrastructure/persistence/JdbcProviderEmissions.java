package org.aifootprint.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aifootprint.domain.imports.ProviderEmissions;
import org.aifootprint.infrastructure.tenancy.TenantContext;
import org.hibernate.Session;

/** Provider-reported emissions through JDBC on the persistence context's connection; every statement names the tenant. */
@ApplicationScoped
public class JdbcProviderEmissions implements ProviderEmissions {

    @PersistenceContext
    private EntityManager em;

    private static String tenant() {
        return TenantContext.current().orElseThrow(() -> new IllegalStateException("provider emissions need a tenant"));
    }

    @Override
    public void store(List<Reported> rows) {
        String tenant = tenant();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into provider_emission (tenant_id, import_id, line_number, measure, provider, "
                    + "usage_month, account, service, region, kg_co2e, model_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Reported r : rows) {
                    ps.setString(1, tenant);
                    ps.setLong(2, r.importId());
                    ps.setLong(3, r.line());
                    ps.setString(4, r.measure());
                    ps.setString(5, r.provider());
                    ps.setDate(6, Date.valueOf(r.month()));
                    ps.setString(7, cut(r.account(), 100));
                    ps.setString(8, cut(r.service(), 200));
                    ps.setString(9, cut(r.region(), 100));
                    ps.setDouble(10, r.kgCo2e());
                    ps.setString(11, cut(r.modelVersion(), 40));
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        });
    }

    @Override
    public List<Reported> between(LocalDate from, LocalDate to) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("select e.import_id, e.line_number, e.measure, e.provider, e.usage_month, e.account, "
                    + "e.service, e.region, e.kg_co2e, e.model_version from provider_emission e join import_job j on j.tenant_id = e.tenant_id "
                    + "and j.id = e.import_id where e.tenant_id = ? and j.status = 'SUCCEEDED' and e.usage_month between ? and ? "
                    + "order by e.provider, e.usage_month, e.service")) {
                ps.setString(1, tenant());
                ps.setDate(2, Date.valueOf(from));
                ps.setDate(3, Date.valueOf(to));
                List<Reported> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Reported(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate(),
                                rs.getString(6), rs.getString(7), rs.getString(8), rs.getDouble(9), rs.getString(10)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public int removeOf(long importId) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("delete from provider_emission where tenant_id = ? and import_id = ?")) {
                ps.setString(1, tenant());
                ps.setLong(2, importId);
                return ps.executeUpdate();
            }
        });
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
