package com.dealstage.deal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A company entering the pipeline: the lead-intake fields (companyName, companyTaxId, source, manager) and, for
 * deals the engine starts, what it carries over (contact, offer, the referring company). The gate judges the fields
 * at the start: a caller's lead may hold only the start form's fields.
 */
public record Lead(Map<String, Object> fields) {

    public Lead {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields == null ? Map.of() : fields));
    }

    public static Lead of(Map<String, Object> fields) {
        return new Lead(fields);
    }

    public Object companyName() {
        return fields.get(DealPipeline.COMPANY_NAME);
    }

    public Object companyTaxId() {
        return fields.get(DealPipeline.COMPANY_TAX_ID);
    }
}
