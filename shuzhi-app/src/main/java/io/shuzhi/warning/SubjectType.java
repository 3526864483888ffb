package io.shuzhi.warning;

/** What a warning is about. MEMBER facts come from the registry's recruitment records ({@code RegistryFacts}); CADRE has no facts yet. */
public enum SubjectType {
    MEMBER, CADRE, ORGANIZATION, PROBLEM, COMMITMENT
}
