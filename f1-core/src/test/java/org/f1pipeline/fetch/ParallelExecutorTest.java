package org.f1pipeline.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ParallelExecutorTest {

    private final TestTime time = new TestTime();
    private final List<String> events = new CopyOnWriteArrayList<>();

    private final FetchListener listener = new FetchListener() {
        @Override
        public void onTaskStarted(String task) {
            events.add("start " + task);
        }

        @Override
        public void onTaskCompleted(String task, Duration duration, long rows) {
            events.add("done " + task + " " + rows);
        }

        @Override
        public void onTaskFailed(String task, Duration duration, Throwable error) {
            events.add("fail " + task + " " + error.getMessage());
        }
    };

    @Test
    @DisplayName("prerequisite phases finish before later phases start, and later phases see their results")
    void phasesInOrder() {
        List<String> order = new CopyOnWriteArrayList<>();
        EndpointPlan plan = EndpointPlan.builder()
                .phase("meetings", EndpointTask.of("meetings", () -> {
                    order.add("meetings");
                    return List.of(1, 2, 3);
                }))
                .phase("sessions", EndpointTask.of("sessions", () -> {
                    order.add("sessions");
                    return List.of(10, 11);
                }))
                .phase("endpoints", previous -> {
                    List<EndpointTask<?>> tasks = new ArrayList<>();
                    for (Object m : previous.require("meetings", List.class)) {
                        tasks.add(EndpointTask.of("laps@" + m, () -> {
                            order.add("laps");
                            return 7L;
                        }));
                    }
                    return tasks;
                }).build();
        ExecutionResult result = ParallelExecutor.of(true, 4, listener, time.ticker).run(plan);
        assertThat(order.subList(0, 2)).containsExactly("meetings", "sessions");
        assertThat(order).hasSize(5);
        assertThat(result.allSucceeded()).isTrue();
        assertThat(result.totalRows()).isEqualTo(3 + 2 + 3 * 7);
        assertThat(result.task("laps@2").orElseThrow().rows()).isEqualTo(7);
        assertThat(events).contains("done meetings 3", "done laps@3 7");
    }

    @Test
    @DisplayName("tasks of a phase really run concurrently, never more than max_workers at once")
    void boundedConcurrency() {
        int workers = 3;
        CyclicBarrier together = new CyclicBarrier(workers);
        AtomicInteger active = new AtomicInteger();
        AtomicInteger maxActive = new AtomicInteger();
        List<EndpointTask<?>> tasks = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            tasks.add(EndpointTask.of("t" + i, () -> {
                maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
                // Only passes if `workers` tasks are in flight at the same moment.
                together.await(10, TimeUnit.SECONDS);
                active.decrementAndGet();
                return 1L;
            }));
        }
        ExecutionResult result = ParallelExecutor.of(true, workers, listener, time.ticker)
                .run(EndpointPlan.builder().phase("endpoints", tasks).build());
        assertThat(result.allSucceeded()).as(result.summary()).isTrue();
        assertThat(maxActive.get()).isEqualTo(workers);
    }

    @Test
    @DisplayName("with parallel_endpoints off, tasks run one by one on the caller's thread")
    void sequentialMode() {
        List<String> threads = new CopyOnWriteArrayList<>();
        List<EndpointTask<?>> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int n = i;
            tasks.add(EndpointTask.of("t" + i, () -> {
                threads.add(Thread.currentThread().getName());
                return n;
            }));
        }
        ExecutionResult r = ParallelExecutor.of(FetchConfig.builder().parallelEndpoints(false).build(), listener,
                time.ticker).run(EndpointPlan.builder().phase("p", tasks).build());
        assertThat(threads).containsOnly(Thread.currentThread().getName());
        assertThat(r.tasks()).extracting(TaskResult::name).containsExactly("t0", "t1", "t2", "t3");
    }

    @Test
    @DisplayName("a failed endpoint is reported with its error and the others keep their data")
    void failureIsIsolated() {
        URI uri = URI.create("https://api.openf1.org/v1/laps?meeting_key=9");
        EndpointPlan plan = EndpointPlan.builder().phase("endpoints",
                EndpointTask.of("drivers", () -> List.of("VER", "NOR")),
                EndpointTask.of("laps", () -> {
                    throw new HttpStatusException(uri, 500, 5, "boom", null);
                }),
                EndpointTask.of("weather", () -> 60L)).build();
        ExecutionResult r = ParallelExecutor.of(true, 2, listener, time.ticker).run(plan);
        assertThat(r.completed()).extracting(TaskResult::name).containsExactlyInAnyOrder("drivers", "weather");
        assertThat(r.failed()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("laps");
            assertThat(t.error()).isInstanceOf(HttpStatusException.class).hasMessageContaining(uri.toString());
        });
        assertThat(r.totalRows()).isEqualTo(62);
        assertThat(r.task("drivers").orElseThrow().value()).isEqualTo(List.of("VER", "NOR"));
        assertThat(events).anyMatch(e -> e.startsWith("fail laps"));
    }

    @Test
    @DisplayName("a phase whose prerequisite failed is reported as failed; the run still returns")
    void failedPrerequisite() {
        EndpointPlan plan = EndpointPlan.builder()
                .phase("meetings", EndpointTask.of("meetings", () -> {
                    throw new IllegalStateException("meetings down");
                }))
                .phase("endpoints", previous -> {
                    List<?> meetings = previous.require("meetings", List.class);
                    return List.of(EndpointTask.of("x", () -> meetings));
                }).build();
        ExecutionResult r = ParallelExecutor.of(true, 2, listener, time.ticker).run(plan);
        assertThat(r.failed()).extracting(TaskResult::name).containsExactly("meetings", "endpoints");
        assertThat(r.failed().get(1).error()).hasMessageContaining("prerequisite 'meetings' did not complete");
    }

    @Test
    @DisplayName("offline misses of every task are gathered into one list")
    void offlineMissesGathered() {
        URI a = URI.create("https://h/a");
        URI b = URI.create("https://h/b");
        EndpointPlan plan = EndpointPlan.builder().phase("p",
                EndpointTask.of("a", () -> {
                    throw new OfflineCacheMissException(List.of(a));
                }),
                EndpointTask.of("b", () -> {
                    throw new OfflineCacheMissException(List.of(b));
                })).build();
        ExecutionResult r = ParallelExecutor.of(false, 1, FetchListener.NONE, time.ticker).run(plan);
        assertThat(r.missingFromCache()).containsExactly(a, b);
    }

    @Test
    @DisplayName("duplicate task names are refused")
    void duplicateNames() {
        EndpointPlan plan = EndpointPlan.builder().phase("p", EndpointTask.of("a", () -> 1),
                EndpointTask.of("a", () -> 2)).build();
        ExecutionResult r = ParallelExecutor.of(true, 2, FetchListener.NONE, time.ticker).run(plan);
        assertThat(r.failed()).singleElement().satisfies(t ->
                assertThat(t.error()).hasMessageContaining("task name 'a' is used twice"));
    }
}
