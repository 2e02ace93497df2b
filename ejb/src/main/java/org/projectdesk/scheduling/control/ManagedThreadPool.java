package org.projectdesk.scheduling.control;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.quartz.SchedulerConfigException;
import org.quartz.spi.ThreadPool;

/**
 * Quartz worker threads made by the container's managed thread factory, so that a job runs with
 * the application's naming, security and class-loading context (plain Quartz threads have none).
 * All threads are started while the scheduler is being built inside the start-up bean, where that
 * context is present to be captured.
 */
public class ManagedThreadPool implements ThreadPool {

    private int threadCount = 4;
    private String threadFactory = "java:comp/DefaultManagedThreadFactory";
    private ThreadPoolExecutor executor;
    private Semaphore idle;

    /** Set by Quartz from {@code org.quartz.threadPool.threadCount}. */
    public void setThreadCount(int threadCount) {
        this.threadCount = threadCount;
    }

    /** Set by Quartz from {@code org.quartz.threadPool.threadFactory}: the JNDI name of a ManagedThreadFactory. */
    public void setThreadFactory(String jndiName) {
        this.threadFactory = jndiName;
    }

    @Override
    public void initialize() throws SchedulerConfigException {
        ManagedThreadFactory factory;
        try {
            factory = (ManagedThreadFactory) new InitialContext().lookup(threadFactory);
        } catch (NamingException e) {
            throw new SchedulerConfigException("No managed thread factory at " + threadFactory, e);
        }
        idle = new Semaphore(threadCount);
        executor = new ThreadPoolExecutor(threadCount, threadCount, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), factory);
        executor.prestartAllCoreThreads();
    }

    @Override
    public boolean runInThread(Runnable runnable) {
        if (executor == null || executor.isShutdown()) {
            return false;
        }
        idle.acquireUninterruptibly();
        executor.execute(() -> {
            try {
                runnable.run();
            } finally {
                idle.release();
            }
        });
        return true;
    }

    @Override
    public int blockForAvailableThreads() {
        idle.acquireUninterruptibly();
        idle.release();
        return idle.availablePermits();
    }

    @Override
    public void shutdown(boolean waitForJobsToComplete) {
        if (executor == null) {
            return;
        }
        if (waitForJobsToComplete) {
            executor.shutdown();
            try {
                executor.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            executor.shutdownNow();
        }
    }

    @Override
    public int getPoolSize() {
        return threadCount;
    }

    @Override
    public void setInstanceId(String schedInstId) {
        // threads are named by the managed thread factory
    }

    @Override
    public void setInstanceName(String schedName) {
        // threads are named by the managed thread factory
    }
}
