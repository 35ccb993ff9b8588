package kr.tipa.eval.authoring;

import java.util.List;

/** The columns of the documents, panels, assignments and conflicts lists, with the template's labels. */
final class DocumentColumns {

    static final List<Column> DOCUMENTS = List.of(
            Column.of("receiptNo", "접수번호"), Column.of("type", "문서 종류"), Column.of("file", "파일 이름"));

    static final List<Column> PANELS = List.of(
            Column.of("panelId", "분과 ID"), Column.of("panelName", "분과명"), Column.of("evaluatorId", "평가위원 ID"),
            Column.of("evaluatorName", "평가위원 성명"), Column.optional("affiliation", "소속"),
            Column.of("role", "역할"), Column.optional("certificateSha256", "인증서 지문(SHA-256)"));

    static final List<Column> ASSIGNMENTS = List.of(Column.of("receiptNo", "접수번호"), Column.of("panelId", "분과 ID"));

    static final List<Column> CONFLICTS = List.of(
            Column.of("evaluatorId", "평가위원 ID"), Column.of("receiptNo", "접수번호"), Column.of("reason", "제척 사유"));

    /** The template's sheet names; a workbook's sheet is also found by the English key. */
    static final String APPLICATIONS_SHEET = "신청목록";
    static final String DOCUMENTS_SHEET = "문서";
    static final String PANELS_SHEET = "분과";
    static final String ASSIGNMENTS_SHEET = "배정";
    static final String CONFLICTS_SHEET = "제척";
    static final String GUIDE_SHEET = "안내";

    private DocumentColumns() {
    }
}
