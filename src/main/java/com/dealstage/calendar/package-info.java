/**
 * Business calendar: owns the one time zone of the business ({@code dealstage.zone}) in which people's days are
 * meant (a re-contact "in two months", a survey day, a repeat-sale day, an acts deadline). Instants are stored in
 * UTC; only turning them into days, or days into timer instants, uses the zone.
 */
package com.dealstage.calendar;
