package com.dealstage.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One client across deals: tax number when present, else the company name without case, quotes or legal form. */
class ClientIdentityTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "Stroymontazh LLC", "OOO «Stroymontazh»", "ооо \"Stroymontazh\"", "  STROYMONTAZH, Ltd. " })
    void spellingsOfOneCompanyShareANameKey(String name) {
        assertThat(ClientIdentity.of(null, name).nameKey()).isEqualTo("stroymontazh");
    }

    @Test
    void differentCompaniesKeepDifferentKeys() {
        assertThat(ClientIdentity.of(null, "Stroymontazh Yug LLC").nameKey()).isEqualTo("stroymontazh yug");
        assertThat(ClientIdentity.of(null, "ООО «Ёлка»").nameKey()).isEqualTo("елка");
    }

    @Test
    void taxNumberIsKeptAsDigitsAndBlankMeansNone() {
        assertThat(ClientIdentity.of(" 7701 234560 ", "X").taxId()).isEqualTo("7701234560");
        assertThat(ClientIdentity.of("", "X").taxId()).isNull();
        assertThat(ClientIdentity.of(null, "X").taxId()).isNull();
    }

    @Test
    void aNameThatIsOnlyALegalFormStillIdentifiesSomeone() {
        assertThat(ClientIdentity.of(null, "LLC").nameKey()).isEqualTo("llc");
    }
}
