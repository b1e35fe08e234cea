/**
 * After delivery: owns the signed closing documents, the hand-over to quality control's NPS survey (nps-survey),
 * the survey's classification and follow-ups (detractor call-back, promoter referrals) and the NPS report.
 */
package com.dealstage.survey;
