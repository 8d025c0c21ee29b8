package org.aifootprint.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.aifootprint.domain.imports.BillingLines;
import org.aifootprint.infrastructure.tenancy.TenantContext;
import org.hibernate.Session;

/**
 * Billing lines through plain JDBC on the persistence context's own connection (same transaction): batched
 * inserts of thousands of rows at a time, where one entity per line would cost an object and an audit row each.
 * Every statement names the tenant explicitly, as Hibernate's tenant filter does not apply to JDBC.
 */
@ApplicationScoped
public class JdbcBillingLines implements BillingLines {

    static final int BATCH = 5000;

    /** The columns a line is written to, in the order {@link #fields} gives their values. */
    private static final List<String> COLUMNS = List.of("tenant_id", "import_id", "line_number", "provider", "service", "region", "sku",
            "description", "resource_id", "usage_date", "quantity", "unit", "cost", "currency", "instance_type", "model", "phase", "category",
            "ai_relevant", "energy_kwh", "hardware", "device_hours", "usage_key", "reason");

    private static final String INSERT = "insert into billing_line (" + String.join(", ", COLUMNS) + ") values ("
            + String.join(", ", java.util.Collections.nCopies(COLUMNS.size(), "?")) + ")";

    @PersistenceContext
    private EntityManager em;

    private static String tenant() {
        return TenantContext.current().orElseThrow(() -> new IllegalStateException("billing lines need a tenant"));
    }

    private <T> T withConnection(SqlWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try {
                return work.run(c);
            } catch (SQLException e) {
                throw new IllegalStateException("Billing lines: " + e.getMessage(), e);
            }
        });
    }

    private interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    /**
     * A writer on the transaction's own connection (the container enlists it: same transaction as the entities),
     * held for the whole file so that PostgreSQL ingests the COPY stream while the file is still being read.
     */
    @Override
    public Writer writer(long importId) {
        try {
            return new ConnectionWriter(dataSource.getConnection(), tenant(), importId, true);
        } catch (SQLException e) {
            throw new IllegalStateException("Billing lines: " + e.getMessage(), e);
        }
    }

    /**
     * Streams lines to one connection: one long PostgreSQL COPY (buffered in 64 KB writes), or JDBC batches of
     * {@value #BATCH} on other databases. {@link #flush()} completes what was written; {@link #abort()} cancels a
     * COPY in progress so the connection is clean for the rollback.
     */
    public static final class ConnectionWriter implements Writer {
        private final Connection connection;
        private final String tenant;
        private final long importId;
        private final boolean closeConnection;
        private final org.postgresql.copy.CopyIn copy;
        private final BinaryRows buffer = new BinaryRows();
        private final List<Line> pending = new ArrayList<>(BATCH);

        public ConnectionWriter(Connection connection, String tenant, long importId, boolean closeConnection) throws SQLException {
            this.connection = connection;
            this.tenant = tenant;
            this.importId = importId;
            this.closeConnection = closeConnection;
            this.copy = connection.isWrapperFor(org.postgresql.PGConnection.class)
                    ? connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn(COPY) : null;
        }

        @Override
        public void add(Line line) {
            try {
                if (copy != null) {
                    buffer.row(tenant, importId, line);
                    if (buffer.size() >= 64_000) {
                        send();
                    }
                } else {
                    pending.add(line);
                    if (pending.size() >= BATCH) {
                        batch(connection, tenant, importId, pending);
                        pending.clear();
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Billing lines: " + e.getMessage(), e);
            }
        }

        private void send() throws SQLException {
            copy.writeToCopy(buffer.bytes(), 0, buffer.size());
            buffer.reset();
        }

        @Override
        public void flush() {
            try {
                if (copy != null) {
                    if (copy.isActive()) {
                        buffer.trailer();
                        send();
                        copy.endCopy();
                    }
                } else if (!pending.isEmpty()) {
                    batch(connection, tenant, importId, pending);
                    pending.clear();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Billing lines: " + e.getMessage(), e);
            } finally {
                close();
            }
        }

        @Override
        public void abort() {
            try {
                if (copy != null && copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException e) {
                // the transaction rolls back anyway; the cancelled COPY leaves nothing
            } finally {
                close();
            }
        }

        private void close() {
            if (closeConnection) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // a handle of a container-managed connection: the transaction ends it
                }
            }
        }
    }

    private static final String COPY = "copy billing_line (" + String.join(", ", COLUMNS) + ") from stdin with (format binary)";

    /** Where the values of one line go: a COPY row or a prepared statement. */
    private interface Fields {
        void text(String value);

        void int8(long value);

        void date(java.time.LocalDate value);

        void float8(Double value);

        void bool(boolean value);
    }

    /** The values of a line, in the order of {@link #COLUMNS}, cut to the columns' lengths. */
    private static void fields(Fields f, String tenant, long importId, Line l) {
        f.text(tenant);
        f.int8(importId);
        f.int8(l.line());
        f.text(cut(l.provider(), 40));
        f.text(cut(l.service(), 200));
        f.text(cut(l.region(), 100));
        f.text(cut(l.sku(), 300));
        f.text(cut(l.description(), 300));
        f.text(cut(l.resourceId(), 500));
        f.date(l.usageDate());
        f.float8(l.quantity());
        f.text(cut(l.unit(), 60));
        f.float8(l.cost());
        f.text(cut(l.currency(), 10));
        f.text(cut(l.instanceType(), 100));
        f.text(cut(l.model(), 200));
        f.text(cut(l.phase(), 30));
        f.text(l.category());
        f.bool(l.aiRelevant());
        f.float8(l.energyKwh());
        f.text(cut(l.hardware(), 100));
        f.float8(l.deviceHours());
        f.text(cut(l.usageKey(), 600));
        f.text(cut(l.reason(), 300));
    }

    /**
     * Rows in PostgreSQL's binary COPY format: no number or date is turned into text and parsed back (header,
     * then per row the field count and each field as length + bytes, -1 for NULL; a -1 count ends the data).
     */
    static final class BinaryRows extends java.io.ByteArrayOutputStream implements Fields {
        private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
        private static final long PG_EPOCH_DAY = java.time.LocalDate.of(2000, 1, 1).toEpochDay();
        private boolean started;

        BinaryRows() {
            super(80_000);
        }

        byte[] bytes() {
            return buf;
        }

        void row(String tenant, long importId, Line l) {
            if (!started) {
                write(HEADER, 0, HEADER.length);
                started = true;
            }
            short2(COLUMNS.size());
            fields(this, tenant, importId, l);
        }

        void trailer() {
            if (started) {
                short2(-1);
            }
        }

        @Override
        public void date(java.time.LocalDate value) {
            int4(4);
            int4((int) (value.toEpochDay() - PG_EPOCH_DAY));
        }

        @Override
        public void bool(boolean value) {
            int4(1);
            write(value ? 1 : 0);
        }

        @Override
        public void text(String s) {
            if (s == null) {
                int4(-1);
                return;
            }
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int4(b.length);
            write(b, 0, b.length);
        }

        @Override
        public void int8(long v) {
            int4(8);
            long8(v);
        }

        @Override
        public void float8(Double v) {
            if (v == null) {
                int4(-1);
            } else {
                int4(8);
                long8(Double.doubleToLongBits(v));
            }
        }

        private void long8(long v) {
            int4((int) (v >>> 32));
            int4((int) v);
        }

        private void int4(int v) {
            write(v >>> 24);
            write(v >>> 16);
            write(v >>> 8);
            write(v);
        }

        private void short2(int v) {
            write(v >>> 8);
            write(v);
        }
    }

    private static void batch(Connection c, String tenant, long importId, List<Line> lines) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (Line l : lines) {
                fields(new StatementFields(ps), tenant, importId, l);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The values of a line as the parameters of the insert, one after the other. */
    private static final class StatementFields implements Fields {
        private final PreparedStatement ps;
        private int index = 1;

        StatementFields(PreparedStatement ps) {
            this.ps = ps;
        }

        @Override
        public void text(String value) {
            set(() -> ps.setString(index, value));
        }

        @Override
        public void int8(long value) {
            set(() -> ps.setLong(index, value));
        }

        @Override
        public void date(java.time.LocalDate value) {
            set(() -> ps.setDate(index, Date.valueOf(value)));
        }

        @Override
        public void float8(Double value) {
            set(() -> setDouble(ps, index, value));
        }

        @Override
        public void bool(boolean value) {
            set(() -> ps.setBoolean(index, value));
        }

        private interface Setter {
            void run() throws SQLException;
        }

        private void set(Setter setter) {
            try {
                setter.run();
            } catch (SQLException e) {
                throw new IllegalStateException("Billing lines: " + e.getMessage(), e);
            }
            index++;
        }
    }

    @Override
    public List<MonthlyEnergy> energyByMonth(java.time.LocalDate from, java.time.LocalDate to) {
        return withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("select b.provider, b.region, extract(year from b.usage_date), extract(month from b.usage_date), "
                    + "coalesce(sum(b.energy_kwh), 0), coalesce(sum(b.cost), 0), coalesce(sum(case when b.category = 'UNMAPPED' then b.cost else 0 end), 0) "
                    + "from billing_line b join import_job j on j.tenant_id = b.tenant_id and j.id = b.import_id where b.tenant_id = ? "
                    + "and j.status = 'SUCCEEDED' and b.usage_date between ? and ? and b.category <> 'NOT_USAGE' "
                    + "group by b.provider, b.region, extract(year from b.usage_date), extract(month from b.usage_date)")) {
                ps.setString(1, tenant());
                ps.setDate(2, Date.valueOf(from));
                ps.setDate(3, Date.valueOf(to));
                List<MonthlyEnergy> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new MonthlyEnergy(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getDouble(5), rs.getDouble(6),
                                rs.getDouble(7)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public List<Totals> totals(long importId) {
        return withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("select category, ai_relevant, case when model is null then 0 else 1 end, count(*), "
                    + "coalesce(sum(cost), 0), coalesce(sum(energy_kwh), 0) from billing_line where tenant_id = ? and import_id = ? "
                    + "group by category, ai_relevant, case when model is null then 0 else 1 end order by 1, 2, 3")) {
                ps.setString(1, tenant());
                ps.setLong(2, importId);
                List<Totals> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Totals(rs.getString(1), rs.getBoolean(2), rs.getInt(3) == 1, rs.getLong(4), rs.getDouble(5), rs.getDouble(6)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public List<SpendGroup> unmapped(long importId, int limit) {
        return withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("select provider, service, sku, unit, reason, max(description), count(*), "
                    + "coalesce(sum(cost), 0) from billing_line where tenant_id = ? and import_id = ? and category = 'UNMAPPED' "
                    + "group by provider, service, sku, unit, reason order by 8 desc, 7 desc")) {
                ps.setString(1, tenant());
                ps.setLong(2, importId);
                ps.setMaxRows(limit);
                List<SpendGroup> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SpendGroup(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                rs.getLong(7), rs.getDouble(8)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public void forEach(long importId, Consumer<Line> consumer) {
        withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("select b.line_number, b.provider, b.service, b.region, b.sku, b.description, "
                    + "b.resource_id, b.usage_date, b.quantity, b.unit, b.cost, b.currency, b.instance_type, b.model, b.phase, b.category, "
                    + "b.ai_relevant, b.energy_kwh, b.hardware, b.device_hours, b.usage_key, u.id, b.reason from billing_line b left join ("
                    + "select cu.id, f.usage_key from compute_usage cu join billing_line f on f.tenant_id = cu.tenant_id and f.import_id = cu.import_id "
                    + "and f.line_number = cu.source_line where cu.tenant_id = ? and cu.import_id = ?) u on u.usage_key = b.usage_key "
                    + "where b.tenant_id = ? and b.import_id = ? order by b.line_number")) {
                ps.setString(1, tenant());
                ps.setLong(2, importId);
                ps.setString(3, tenant());
                ps.setLong(4, importId);
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        consumer.accept(new Line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                rs.getString(7), rs.getDate(8).toLocalDate(), rs.getDouble(9), rs.getString(10), rs.getDouble(11), rs.getString(12),
                                rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16), rs.getBoolean(17), nullable(rs, 18),
                                rs.getString(19), nullable(rs, 20), rs.getString(21), rs.getObject(22) == null ? null : rs.getLong(22), rs.getString(23)));
                    }
                }
                return null;
            }
        });
    }

    @Override
    public int removeOf(long importId) {
        return withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("delete from billing_line where tenant_id = ? and import_id = ?")) {
                ps.setString(1, tenant());
                ps.setLong(2, importId);
                return ps.executeUpdate();
            }
        });
    }

    private static Double nullable(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
