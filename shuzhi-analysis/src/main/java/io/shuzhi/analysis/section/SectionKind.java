package io.shuzhi.analysis.section;

/** The parts of a duty report (see GLOSSARY: Section.HIGHLIGHTS / PROBLEMS / CAUSES / MEASURES). */
public enum SectionKind {
    /** 履职工作的特色和亮点 */
    HIGHLIGHTS,
    /** 存在的主要问题 */
    PROBLEMS,
    /** the reflection on the problems' causes (深刻反思…原因) */
    CAUSES,
    /** 下步工作思路和措施: next year's plans */
    MEASURES
}
