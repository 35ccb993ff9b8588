package kr.tipa.eval.domain.application;

import java.util.List;

/** Export record and plan (전년도 직접수출 실적, 1년 내 수출계획). */
public record ExportRecord(
        boolean hasDirectExportLastYear,
        long lastYearExportUsd,
        boolean exportPlanWithinOneYear,
        List<String> targetCountries) {

    public ExportRecord {
        targetCountries = List.copyOf(targetCountries);
    }
}
