package org.aifootprint.domain.vendor;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a criterion by its code ({@code pue}, {@code sbti_status}), the name CSV files and JSON use. */
@Converter
public class CriterionConverter implements AttributeConverter<Criterion, String> {

    @Override
    public String convertToDatabaseColumn(Criterion criterion) {
        return criterion == null ? null : criterion.code();
    }

    @Override
    public Criterion convertToEntityAttribute(String code) {
        return code == null ? null : Criterion.fromCode(code).orElseThrow(() -> new IllegalStateException("unknown criterion " + code));
    }
}
