package kr.tipa.eval.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import kr.tipa.eval.bundle.Jsons;

/** Participation plans (참가계획서 Part I) written for the demo companies, with the announcement's headings. */
final class DemoPlans {

    /** A plan as JSON for the bundle and as paragraphs for its document. */
    record Plan(ObjectNode json, List<String> paragraphs) {
    }

    private DemoPlans() {
    }

    static Plan of(DemoCompanies.Company c) {
        String summary = c.name() + "은(는) " + c.product() + "을(를) " + c.markets() + " 시장에 "
                + c.channel() + " 방식으로 수출하고자 합니다. 핵심 경쟁력은 " + c.strength() + "입니다.";
        String market = c.markets() + " 시장은 최근 3년간 연평균 8~12% 성장하고 있으며, 현지 생산 확대와 "
                + "품질 규제 강화로 신뢰할 수 있는 한국산 " + c.product() + " 수요가 늘고 있습니다. "
                + "주요 경쟁사는 중국·유럽 업체로, 가격은 낮거나 납기가 길다는 약점이 있습니다. "
                + "당사는 현지 전시회 2회 참가와 바이어 면담 14건으로 수요를 확인하였습니다.";
        String product = c.product() + "은(는) 중소기업기술혁신개발사업으로 개발을 완료(성공)한 제품으로, "
                + c.strength() + "을(를) 갖추었습니다. 국내 납품 실적과 시험성적서를 확보하였고, "
                + "현지 인증은 선정 후 6개월 안에 취득할 계획입니다. 종업원 " + c.employees() + "명 중 "
                + Math.max(2, c.employees() / 8) + "명이 해외영업을 담당합니다.";
        String export = (c.exportUsd() > 0
                ? "전년도 직접수출 실적은 US$" + String.format("%,d", c.exportUsd()) + "이며, "
                : "아직 직접수출 실적은 없으나, ")
                + "선정 후 1년 안에 " + c.markets() + "에 첫 선적(또는 추가 선적)을 목표로 합니다. "
                + "1분기 바이어 확정, 2분기 시제품 현지 시험, 3분기 초도 물량 선적, 4분기 재주문 확보 순으로 "
                + "추진하며, 수출신용보증과 수입자 신용조사를 활용해 대금 회수 위험을 관리하겠습니다.";
        String capacity = "양산 설비는 월 " + (500 + c.employees() * 10) + "대(개) 규모로, 수출 물량 증가에 대비해 "
                + "협력사 2곳과 위탁 생산 계약을 맺었습니다. 판로는 " + c.channel() + "를 중심으로 확보합니다.";
        ObjectNode json = Jsons.MAPPER.createObjectNode();
        json.put("summary", summary);
        ArrayNode sections = json.putArray("sections");
        section(sections, "TARGET_MARKET", "목표시장 분석", market);
        section(sections, "PRODUCT", "제품 현황 및 경쟁력", product);
        section(sections, "EXPORT_PLAN", "수출계획", export);
        section(sections, "PRODUCTION", "양산 및 판로 확보 계획", capacity);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("1. 사업 개요");
        paragraphs.add(summary);
        paragraphs.add("2. 목표시장 분석");
        paragraphs.add(market);
        paragraphs.add("3. 제품 현황 및 경쟁력");
        paragraphs.add(product);
        paragraphs.add("4. 수출계획");
        paragraphs.add(export);
        paragraphs.add("5. 양산 및 판로 확보 계획");
        paragraphs.add(capacity);
        return new Plan(json, paragraphs);
    }

    private static void section(ArrayNode sections, String key, String title, String text) {
        sections.addObject().put("key", key).put("title", title).put("text", text);
    }
}
