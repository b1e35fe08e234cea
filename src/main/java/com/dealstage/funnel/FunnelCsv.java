package com.dealstage.funnel;

import com.dealstage.funnel.FunnelAnswer.StepFigure;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Reports as Excel opens them with Cyrillic intact: UTF-8 with a byte order mark, ';' between fields (the list
 * separator of Russian Windows), one row per manager and step.
 */
final class FunnelCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat EXCEL = CSVFormat.EXCEL.builder().setDelimiter(';').get();

    private FunnelCsv() {
    }

    static byte[] funnel(FunnelAnswer answer) {
        return write(List.of("from", "to", "team", "manager", "name", "step", "deals", "coefficient", "target", "gap",
                "weakestStep", "learnFrom"), printer -> {
                    for (StepFigure step : answer.total().steps()) {
                        row(printer, answer, "", "team total", step, null, null);
                    }
                    for (FunnelAnswer.ManagerFunnel manager : answer.managers()) {
                        for (StepFigure step : manager.steps()) {
                            row(printer, answer, manager.manager(), manager.name(), step, manager.weakestStep(),
                                    manager.learnFrom());
                        }
                    }
                });
    }

    static byte[] rejections(RejectionReport report) {
        return write(List.of("from", "to", "team", "manager", "name", "reason", "rejections", "share",
                "teamShare", "coachingSignal"), printer -> {
                    for (RejectionReport.ManagerRejections manager : report.managers()) {
                        for (RejectionReport.ReasonShare reason : manager.byReason()) {
                            printer.printRecord(report.from(), report.to(), report.team(), manager.manager(),
                                    manager.name(), reason.reason(), reason.rejections(), reason.share(),
                                    reason.teamShare(), reason.coachingSignal());
                        }
                    }
                });
    }

    static byte[] afterSales(AfterSalesReport report) {
        return write(List.of("from", "to", "team", "manager", "name", "referralsObtained", "referralDeals",
                "referralDealsContracted", "referralContractShare", "paidRevenue", "repeatRevenue"), printer -> {
                    printer.printRecord(report.from(), report.to(), report.team(), "", "team total", "", "", "", "",
                            report.paidRevenue(), report.repeatRevenue());
                    for (AfterSalesReport.ManagerAfterSales manager : report.managers()) {
                        printer.printRecord(report.from(), report.to(), report.team(), manager.manager(),
                                manager.name(), manager.referralsObtained(), manager.referralDeals(),
                                manager.referralDealsContracted(), manager.referralContractShare(),
                                manager.paidRevenue(), manager.repeatRevenue());
                    }
                });
    }

    private static void row(CSVPrinter printer, FunnelAnswer answer, String manager, String name, StepFigure step,
            String weakest, String learnFrom) throws IOException {
        printer.printRecord(answer.from(), answer.to(), answer.team(), manager, name, step.step(), step.deals(),
                step.coefficient(), step.target(), step.gap(), weakest, learnFrom);
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static byte[] write(List<String> header, Rows rows) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, EXCEL.builder().setHeader(header.toArray(String[]::new))
                .get())) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(body, 0, withBom, BOM.length, body.length);
        return withBom;
    }
}
