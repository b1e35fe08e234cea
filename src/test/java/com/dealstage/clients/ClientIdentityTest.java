package com.dealstage.clients;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One client identity for the whole application: the cases on which CompanyKey and ClientIdentity disagreed. */
class ClientIdentityTest {

    @Test
    void aLegalFormWordDoesNotMakeAnotherClient() {
        assertThat(ClientIdentity.of(null, "Stroymontazh Limited")).isEqualTo(ClientIdentity.of(null, "Stroymontazh"));
        assertThat(ClientIdentity.of(null, "OOO «Stroymontazh»").key()).isEqualTo("name:stroymontazh");
        assertThat(ClientIdentity.of(null, "Stroymontazh LLC").key()).isEqualTo("name:stroymontazh");
        assertThat(ClientIdentity.of(null, "Stroymontazh, Ltd.").key()).isEqualTo("name:stroymontazh");
        assertThat(ClientIdentity.of(null, "Stroymontazh Inc").key()).isEqualTo("name:stroymontazh");
    }

    @Test
    void russianAndKazakhLegalFormsQuotesAndCaseDoNotCount() {
        assertThat(ClientIdentity.of(null, "ТОО Береке").nameKey()).isEqualTo("береке");
        assertThat(ClientIdentity.of(null, "ООО «Строймонтаж»").nameKey()).isEqualTo("строймонтаж");
        assertThat(ClientIdentity.of(null, "ПАО \"Строймонтаж\"").nameKey()).isEqualTo("строймонтаж");
        assertThat(ClientIdentity.of(null, "'Строймонтаж' ЗАО").nameKey()).isEqualTo("строймонтаж");
        assertThat(ClientIdentity.of(null, "АО Строймонтаж").nameKey()).isEqualTo("строймонтаж");
        assertThat(ClientIdentity.of(null, "ИП Иванов").nameKey()).isEqualTo("иванов");
        assertThat(ClientIdentity.of(null, "Общество с ограниченной ответственностью «Строймонтаж»").nameKey())
                .isEqualTo("строймонтаж");
        assertThat(ClientIdentity.of(null, "ОАО  СТРОЙМОНТАЖ!").nameKey()).isEqualTo("строймонтаж");
    }

    @Test
    void wordsOfTheNameStaySeparateAndInOrder() {
        assertThat(ClientIdentity.of(null, "Severnaya  Torgovaya-Kompaniya OOO").nameKey())
                .isEqualTo("severnaya torgovaya kompaniya");
        assertThat(ClientIdentity.of(null, "Alpha Beta")).isNotEqualTo(ClientIdentity.of(null, "Beta Alpha"));
    }

    @Test
    void aNameThatIsOnlyALegalFormStillIdentifiesSomeone() {
        assertThat(ClientIdentity.of(null, "ООО").nameKey()).isEqualTo("ооо");
    }

    @Test
    void theTaxNumberDecidesWhenTheLeadHasOneWhateverTheName() {
        assertThat(ClientIdentity.of("7707-083893", "Stroymontazh").key())
                .isEqualTo(ClientIdentity.of("7707083893", "SM Group").key()).isEqualTo("inn:7707083893");
        assertThat(ClientIdentity.of(" 7707 083 893 ", null).taxNumber()).isEqualTo("7707083893");
        assertThat(ClientIdentity.of(7707083893L, "x").taxNumber()).isEqualTo("7707083893");
        assertThat(ClientIdentity.of("7701-234567", "x").key()).isEqualTo(ClientIdentity.of("7701234567", "y").key());
    }

    @Test
    void withoutATaxNumberTheNameDecides() {
        assertThat(ClientIdentity.of("", "Stroymontazh LLC").key()).isEqualTo("name:stroymontazh");
        assertThat(ClientIdentity.of("  ", "Stroymontazh LLC").taxNumber()).isNull();
        assertThat(ClientIdentity.of("n/a", "Stroymontazh LLC").taxNumber()).as("not digits").isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"7707083893", "7707-083893", "7707 083 893", "5501234560", "500108028559", "5001-0802-8559",
            "7802000008"})
    void validTaxNumbersPass(String inn) {
        assertThat(TaxNumbers.isValid(inn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"7701234567", "7707083894", "500108028558", "500108028549", "770708389", "77070838931",
            "7707O83893", "abcdefghij", "", "   "})
    void wrongCheckDigitsLengthsOrCharactersFail(String inn) {
        assertThat(TaxNumbers.isValid(inn)).isFalse();
    }

    @Test
    void anINNGivenAsANumberIsCheckedByItsDigits() {
        assertThat(TaxNumbers.isValid(7707083893L)).isTrue();
        assertThat(TaxNumbers.isValid(null)).isFalse();
    }
}
