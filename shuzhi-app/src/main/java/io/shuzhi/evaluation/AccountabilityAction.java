package io.shuzhi.evaluation;

/** What a poor result leads to: 约谈, 取消评优评先资格, 诫勉谈话. */
public enum AccountabilityAction {
    ADMONITION_TALK, DISQUALIFY_HONOURS, WARNING_TALK
}
