package com.dealstage.survey;

/** The three NPS groups; only promoters and detractors count in the score, passives in the denominator. */
public enum NpsCategory {
    DETRACTOR, PASSIVE, PROMOTER
}
