package io.shuzhi.campaign;

/** The parts of a duty report, in the order they are printed. */
public enum Section {
    /** 履职工作的特色和亮点 */
    HIGHLIGHTS,
    /** 存在的主要问题 */
    PROBLEMS,
    /** 问题的原因 */
    CAUSES,
    /** 下步工作思路和措施 */
    MEASURES
}
