package io.shuzhi.warning;

/** What a warning is about. MEMBER and CADRE facts come from the registry feature once it provides them. */
public enum SubjectType {
    MEMBER, CADRE, ORGANIZATION, PROBLEM, COMMITMENT
}
