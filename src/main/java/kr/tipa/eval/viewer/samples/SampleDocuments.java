package kr.tipa.eval.viewer.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.bodytext.Section;
import kr.dogfoot.hwplib.object.bodytext.paragraph.Paragraph;
import kr.dogfoot.hwplib.writer.HWPWriter;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.SectionXMLFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.writer.HWPXWriter;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes demo documents (a participation plan as PDF, HWPX, HWP and DOCX) for the demo round and for
 * tests. Each is read back by {@link kr.tipa.eval.viewer.DocumentRenderer} with its Korean text intact;
 * the PDF only when a Hangul font is on the machine, otherwise its text is romanized (and logged so).
 */
public final class SampleDocuments {

    public static final String PLAN_TITLE = "2024년도 수출지원프로그램 참가계획서";
    public static final List<String> PLAN_PARAGRAPHS = List.of(
            "1. 기업 현황: 주식회사 한빛정밀은 2015년에 설립된 산업용 센서 제조 기업으로, 임직원 42명이 경기도 안산에서 일하고 있습니다.",
            "2. 수출 목표: 2025년까지 베트남과 인도네시아에 센서 모듈을 수출하여 연 120만 달러의 매출을 올리는 것이 목표입니다.",
            "3. 추진 전략: 현지 전시회 참가와 바이어 상담회를 추진하고, 한국무역보험공사의 단기수출보험으로 대금 회수 위험을 줄이겠습니다.",
            "4. 기대 효과: 신규 고용 5명과 해외 거래처 8곳 확보를 기대합니다.");
    /** The DOCX sample's table, row by row; the viewer shows each row as tab-separated cells. */
    public static final List<List<String>> PLAN_TABLE = List.of(
            List.of("구분", "2023년", "2024년"),
            List.of("수출액(만 달러)", "35", "58"));

    private static final Logger LOG = LoggerFactory.getLogger(SampleDocuments.class);

    private final List<Path> fontPlaces;

    /** Looks for a Hangul font in the usual places (and the {@code tipa.pdf.font} system property). */
    public SampleDocuments() {
        this(HangulFont.usualPlaces());
    }

    /** Looks for a Hangul font only in {@code fontPlaces}; an empty list forces the romanized PDF. */
    public SampleDocuments(List<Path> fontPlaces) {
        this.fontPlaces = List.copyOf(fontPlaces);
    }

    /** The four plan documents, named 참가계획서.*, in {@code folder}. */
    public List<Path> writeAll(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        written.add(writePdf(folder.resolve("참가계획서.pdf"), PLAN_TITLE, PLAN_PARAGRAPHS).file());
        written.add(writeHwpx(folder.resolve("참가계획서.hwpx"), PLAN_TITLE, PLAN_PARAGRAPHS));
        written.add(writeHwp(folder.resolve("참가계획서.hwp"), PLAN_TITLE, PLAN_PARAGRAPHS));
        written.add(writeDocx(folder.resolve("참가계획서.docx"), PLAN_TITLE, PLAN_PARAGRAPHS));
        return written;
    }

    public PdfSample writePdf(Path target, String title, List<String> paragraphs) throws IOException {
        Objects.requireNonNull(title, "title");
        for (Path place : fontPlaces) {
            Optional<HangulFont> font = HangulFont.open(place);
            if (font.isPresent()) {
                try (HangulFont hangul = font.get()) {
                    int pages = PdfWriting.write(target, title, paragraphs, hangul.font);
                    LOG.info("PDF sample {} written in Korean with font {}", target.getFileName(), place);
                    return new PdfSample(target, pages, true, Optional.of(place));
                } catch (IOException | RuntimeException e) {
                    // A font that parses may still refuse embedding (CFF outlines in a .ttc): try the next.
                    LOG.debug("Font {} could not be embedded: {}", place, e.toString());
                }
            }
        }
        int pages = PdfWriting.write(target, Romanizer.romanize(title),
                paragraphs.stream().map(Romanizer::romanize).toList(), null);
        LOG.info("No Hangul font found; PDF sample {} written with its Korean text romanized",
                target.getFileName());
        return new PdfSample(target, pages, false, Optional.empty());
    }

    /** An HWPX from hwpxlib's blank document: the title and each paragraph in the body style. */
    public Path writeHwpx(Path target, String title, List<String> paragraphs) throws IOException {
        HWPXFile hwpx = kr.dogfoot.hwpxlib.tool.blankfilemaker.BlankFileMaker.make();
        SectionXMLFile section = hwpx.sectionXMLFileList().get(0);
        // The blank's only paragraph carries the section settings; new paragraphs borrow its styles.
        Para model = section.getPara(0);
        String charShape = model.countOfRun() > 0 ? model.getRun(0).charPrIDRef() : "0";
        List<String> lines = new ArrayList<>();
        lines.add(title);
        lines.addAll(paragraphs);
        int id = 1;
        for (String line : lines) {
            Para para = section.addNewPara();
            para.idAnd(Integer.toString(id++))
                    .paraPrIDRefAnd(model.paraPrIDRef())
                    .styleIDRefAnd(model.styleIDRef())
                    .pageBreakAnd(false)
                    .columnBreakAnd(false)
                    .mergedAnd(false);
            para.addNewRun().charPrIDRefAnd(charShape).addNewT().addText(line);
        }
        if (hwpx.contentHPFFile().metaData() != null) {
            if (hwpx.contentHPFFile().metaData().title() == null) {
                hwpx.contentHPFFile().metaData().createTitle();
            }
            hwpx.contentHPFFile().metaData().title().addText(title);
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            HWPXWriter.toStream(hwpx, out);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("HWPX sample not written: " + e, e);
        }
        return target;
    }

    /** An HWP 5 from hwplib's blank document; hwplib's writer fills in the paragraph headers' counts. */
    public Path writeHwp(Path target, String title, List<String> paragraphs) throws IOException {
        HWPFile hwp = kr.dogfoot.hwplib.tool.blankfilemaker.BlankFileMaker.make();
        Section section = hwp.getBodyText().getSectionList().get(0);
        Paragraph model = section.getParagraph(0);
        long charShape = model.getCharShape().getPositonShapeIdPairList().get(0).getShapeId();
        List<String> lines = new ArrayList<>();
        lines.add(title);
        lines.addAll(paragraphs);
        try {
            for (String line : lines) {
                Paragraph paragraph = section.addNewParagraph();
                paragraph.getHeader().setParaShapeId(model.getHeader().getParaShapeId());
                paragraph.getHeader().setStyleId(model.getHeader().getStyleId());
                paragraph.createText();
                paragraph.getText().addString(line);
                paragraph.createCharShape();
                paragraph.getCharShape().addParaCharShape(0, charShape);
            }
            // hwplib's blank file has no summary stream, and its bundled POI cannot create one.
            if (hwp.getSummaryInformation() != null) {
                hwp.getSummaryInformation().setTitle(title);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                HWPWriter.toStream(hwp, out);
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("HWP sample not written: " + e, e);
        }
        return target;
    }

    /** A DOCX with a bold title, the paragraphs and {@link #PLAN_TABLE}, in a Korean-capable font. */
    public Path writeDocx(Path target, String title, List<String> paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
            document.getProperties().getCoreProperties().setTitle(title);
            XWPFRun heading = document.createParagraph().createRun();
            heading.setText(title);
            heading.setBold(true);
            heading.setFontSize(16);
            korean(heading);
            for (String text : paragraphs) {
                XWPFParagraph paragraph = document.createParagraph();
                XWPFRun run = paragraph.createRun();
                run.setText(text);
                korean(run);
            }
            XWPFTable table = document.createTable(PLAN_TABLE.size(), PLAN_TABLE.get(0).size());
            for (int r = 0; r < PLAN_TABLE.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                for (int c = 0; c < PLAN_TABLE.get(r).size(); c++) {
                    row.getCell(c).setText(PLAN_TABLE.get(r).get(c));
                }
            }
            document.write(out);
        }
        return target;
    }

    private static void korean(XWPFRun run) {
        run.setFontFamily("맑은 고딕", XWPFRun.FontCharRange.eastAsia);
    }
}
