package org.aifootprint.imports.carbon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.aifootprint.imports.CsvFiles;
import org.aifootprint.imports.Row;
import org.aifootprint.imports.carbon.ProviderCarbonFormat.Emission;
import org.aifootprint.imports.carbon.ProviderCarbonFormat.Measure;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ProviderCarbonFormatTest {

    record Read(ProviderCarbonFormat format, List<Emission> emissions, List<Row> refused) {
    }

    static Read read(String fixture) throws IOException {
        try (InputStream in = ProviderCarbonFormatTest.class.getResourceAsStream("/billing/" + fixture); CSVParser p = CsvFiles.open(in)) {
            ProviderCarbonFormat format = ProviderCarbonFormat.detect(new HashSet<>(p.getHeaderNames())).orElseThrow();
            ProviderCarbonFormat.Reader reader = format.reader(p.getHeaderNames());
            List<Emission> out = new ArrayList<>();
            List<Row> refused = new ArrayList<>();
            for (CSVRecord r : p) {
                Row row = new Row(r);
                out.addAll(reader.read(row));
                if (!row.errors().isEmpty()) {
                    refused.add(row);
                }
            }
            return new Read(format, out, refused);
        }
    }

    @Test
    void awsTotalsAreTonnesByLocationAndMarketMethod() throws IOException {
        Read r = read("aws-carbon.csv");
        assertEquals(ProviderCarbonFormat.AWS, r.format());
        assertEquals(4, r.emissions().size());
        Emission lbm = r.emissions().get(0);
        assertEquals(Measure.TOTAL_LOCATION, lbm.measure());
        assertEquals(12.4, lbm.kgCo2e(), 1e-9, "0.0124 MTCO2e = 12.4 kg");
        assertEquals(LocalDate.of(2025, 3, 1), lbm.month());
        assertEquals("us-east-1", lbm.region());
        assertEquals("v2.0.0", lbm.modelVersion());
    }

    @Test
    void googleReportsEachScopeInKilograms() throws IOException {
        Read r = read("gcp-carbon.csv");
        assertEquals(ProviderCarbonFormat.GCP, r.format());
        assertEquals(List.of(Measure.SCOPE1, Measure.SCOPE2_LOCATION, Measure.SCOPE2_MARKET, Measure.SCOPE3),
                r.emissions().stream().map(Emission::measure).toList());
        assertEquals(3.1, r.emissions().get(1).kgCo2e(), 1e-12);
    }

    @Test
    void microsoftRowsAreOneScopeEachWithMonthsAsYearMonth() throws IOException {
        Read r = read("microsoft-carbon.csv");
        assertEquals(ProviderCarbonFormat.MICROSOFT, r.format());
        assertEquals(3, r.emissions().size());
        assertEquals(Measure.SCOPE2_MARKET, r.emissions().get(1).measure(), "Microsoft's Scope 2 is market-based");
        assertEquals(0.4, r.emissions().get(1).kgCo2e(), 1e-9);
        assertEquals(LocalDate.of(2025, 3, 1), r.emissions().get(0).month());
        assertTrue(r.refused().isEmpty());
    }
}
