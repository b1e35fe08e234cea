package com.dealstage.recontact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Refusals are counted per company: by tax id when known, else by the normalized name. */
class CompanyKeyTest {

    @Test
    void taxIdIdentifiesTheCompanyWhateverItsName() {
        assertThat(CompanyKey.of(" 7701 234560 ", "Stroymontazh LLC")).isEqualTo("tax:7701234560");
        assertThat(CompanyKey.of(7701234560L, "Other name")).isEqualTo(CompanyKey.of("7701234560", null));
    }

    @Test
    void withoutTaxIdSpellingsOfTheSameNameAreOneCompany() {
        String key = CompanyKey.of(null, "Stroymontazh");
        assertThat(CompanyKey.of("", "  Stroymontazh   LLC ")).isEqualTo(key);
        assertThat(CompanyKey.of(null, "OOO \"STROYMONTAZH\"")).isEqualTo(key);
        assertThat(CompanyKey.of(null, "Stroymontazh, Ltd.")).isEqualTo(key);
    }

    @Test
    void cyrillicLegalFormsAndQuotesAreDropped() {
        assertThat(CompanyKey.of(null, "ООО «Строймонтаж»")).isEqualTo(CompanyKey.of(null, "строймонтаж"))
                .isEqualTo("name:строймонтаж");
        assertThat(CompanyKey.of(null, "АО Северный  Ветер")).isEqualTo("name:северный ветер");
    }

    @Test
    void differentNamesStayDifferentCompanies() {
        assertThat(CompanyKey.of(null, "Stroymontazh")).isNotEqualTo(CompanyKey.of(null, "Stroymontazh Plus"));
    }
}
