package kr.tipa.eval.ui.tasks;

import static kr.tipa.eval.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** What the status bar is given: the newest titled work still running, with its progress; untitled work is not shown. */
class FxTasksActivityTest {

    private final FxRobot robot = new FxRobot();
    private final FxTasks tasks = new FxTasks();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    private Activity now() {
        Activity[] seen = new Activity[1];
        robot.interact(() -> seen[0] = tasks.activityProperty().get());
        return seen[0];
    }

    @Test
    void theNewestTitledWorkIsShownWithItsProgressAndNothingOnceAllEnded() throws Exception {
        CountDownLatch readHalfway = new CountDownLatch(1);
        CountDownLatch releaseRead = new CountDownLatch(1);
        CountDownLatch releaseWrite = new CountDownLatch(1);
        CountDownLatch releaseUntitled = new CountDownLatch(1);
        List<String> ended = new ArrayList<>();
        robot.interact(() -> tasks.run("읽는 중: a.tbundle", p -> {
            p.update(1, 4);
            readHalfway.countDown();
            releaseRead.await(20, TimeUnit.SECONDS);
            return "read";
        }, d -> { }, ended::add, e -> ended.add("failed")));
        assertThat(readHalfway.await(20, TimeUnit.SECONDS)).isTrue();
        waitUntil(() -> now().progress() == 0.25);
        assertThat(now()).isEqualTo(new Activity("읽는 중: a.tbundle", 0.25));

        robot.interact(() -> tasks.run(p -> {
            releaseUntitled.await(20, TimeUnit.SECONDS);
            return "untitled";
        }, d -> { }, ended::add, e -> ended.add("failed")));
        robot.interact(() -> tasks.write("백업하는 중: b.bak", p -> {
            releaseWrite.await(20, TimeUnit.SECONDS);
            return "written";
        }, ended::add, e -> ended.add("failed")));
        assertThat(now()).as("a write reports no amount: unknown").isEqualTo(new Activity("백업하는 중: b.bak", -1));

        releaseWrite.countDown();
        waitUntil(() -> ended.contains("written"));
        assertThat(now()).isEqualTo(new Activity("읽는 중: a.tbundle", 0.25));
        releaseRead.countDown();
        waitUntil(() -> ended.contains("read"));
        assertThat(now()).as("the untitled work still runs, unseen").isEqualTo(Activity.NONE);
        releaseUntitled.countDown();
        waitUntil(() -> ended.contains("untitled"));
        assertThat(now().running()).isFalse();
    }

    @Test
    void failedTitledWorkLeavesTheBarToo() {
        List<Throwable> failed = new ArrayList<>();
        robot.interact(() -> tasks.run("서명을 확인하는 중: x.xlsx", p -> {
            throw new IllegalStateException("no");
        }, d -> { }, r -> { }, failed::add));
        waitUntil(() -> !failed.isEmpty());
        assertThat(now()).isEqualTo(Activity.NONE);
    }
}
