package com.dealstage.deal;

import java.util.Date;

/** A deal entered {@code stage} at {@code enteredAt} and left it at {@code leftAt} (null while it is there). */
public record StageVisit(String stage, String name, Date enteredAt, Date leftAt, String by) {
}
