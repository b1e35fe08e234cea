package com.dealstage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** How an example's expected decision is compared with the one the rules took: only the fields it lists. */
class ExpectedFieldsTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void listedFieldsMustMatchOthersAreIgnored() throws Exception {
        assertThat(mismatch("{\"due\": \"P75D\"}", "{\"due\": \"P75D\", \"action\": \"call\"}")).isNull();
        assertThat(mismatch("{\"due\": \"P75D\"}", "{\"due\": \"P60D\"}")).isEqualTo("due: expected \"P75D\", was \"P60D\"");
        assertThat(mismatch("{\"due\": \"P75D\"}", "{\"action\": \"call\"}")).isEqualTo("has no field due");
    }

    @Test
    void nullMeansAbsentOrNull() throws Exception {
        assertThat(mismatch("{\"due\": null}", "{\"due\": null}")).isNull();
        assertThat(mismatch("{\"due\": null}", "{\"due\": \"P75D\"}")).isEqualTo("due: expected null, was \"P75D\"");
        assertThat(mismatch("{\"due\": \"P75D\"}", "{\"due\": null}")).isEqualTo("due: expected \"P75D\", was null");
    }

    @Test
    void numbersCompareByValueAndValuesAsWritten() throws Exception {
        assertThat(mismatch("{\"amount\": 75}", "{\"amount\": 75.0}")).isNull();
        assertThat(mismatch("{\"amount\": 75}", "{\"amount\": 75.5}")).isEqualTo("amount: expected 75, was 75.5");
        assertThat(mismatch("{\"comeBack\": \"true\"}", "{\"comeBack\": true}")).as("YAML may quote it").isNull();
        assertThat(mismatch("{\"score\": \"7\"}", "{\"score\": 7}")).isNull();
        assertThat(mismatch("{\"score\": 7}", "{\"score\": \"7 points\"}")).isEqualTo("score: expected 7, was \"7 points\"");
    }

    @Test
    void nestedFieldsAndListsCompareWhole() throws Exception {
        assertThat(mismatch("{\"plan\": {\"due\": \"P1M\"}}", "{\"plan\": {\"due\": \"P1M\", \"x\": 1}}")).isNull();
        assertThat(mismatch("{\"plan\": {\"due\": \"P1M\"}}", "{\"plan\": {\"due\": \"P2M\"}}"))
            .isEqualTo("plan.due: expected \"P1M\", was \"P2M\"");
        assertThat(mismatch("{\"plan\": {\"due\": \"P1M\"}}", "{\"plan\": \"P1M\"}"))
            .isEqualTo("plan: expected fields {\"due\":\"P1M\"}, was \"P1M\"");
        assertThat(mismatch("{\"tasks\": [1, 2]}", "{\"tasks\": [1, 2]}")).isNull();
        assertThat(mismatch("{\"tasks\": [1, 2]}", "{\"tasks\": [2, 1]}")).isEqualTo("tasks: expected [1,2], was [2,1]");
        assertThat(mismatch("{\"tasks\": [1]}", "{\"tasks\": 1}")).isEqualTo("tasks: expected [1], was 1");
        assertThat(mismatch("{\"due\": \"P1M\"}", "\"P1M\"")).isEqualTo("expected fields {\"due\":\"P1M\"}, was \"P1M\"");
    }

    private static String mismatch(String expected, String actual) throws Exception {
        JsonNode actualNode = JSON.readTree(actual);
        return ExpectedFields.mismatch(JSON.readTree(expected), actualNode, "");
    }

}
