package kr.tipa.eval.domain.application;

import java.time.LocalDate;

/** The completed R&D project that qualifies the company (신청자격). */
public record RndProject(
        String programName,
        String managingAgency,
        boolean nonRnd,
        String projectNo,
        RndRole role,
        boolean leadingInstituteCollaboration,
        RndResult result,
        LocalDate completedOn,
        boolean discontinued) {
}
