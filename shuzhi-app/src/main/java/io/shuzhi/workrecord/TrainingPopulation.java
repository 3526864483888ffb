package io.shuzhi.workrecord;

import io.shuzhi.workrecord.training.TrainingRole;

import io.shuzhi.account.Scope;

import java.util.Map;

/**
 * How many people of each role should be trained in a subtree: the denominator of training coverage. Today it is
 * a number entered per organization ({@link EnteredTrainingPopulation}); the registry feature can supply a bean
 * that counts its cadres instead, without touching the coverage arithmetic.
 */
public interface TrainingPopulation {

    /** Headcount per role in the subtree at {@code rootPath} ("/1/5/") within {@code scope}; roles nobody entered are absent. */
    Map<TrainingRole, Integer> headcounts(Scope scope, String rootPath);
}
