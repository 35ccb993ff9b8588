package kr.tipa.eval.domain.application;

/** 주관기관 or 공동연구개발기관. */
public enum RndRole {
    LEAD,
    JOINT
}
