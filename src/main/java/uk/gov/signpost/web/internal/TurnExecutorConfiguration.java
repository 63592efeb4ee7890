package uk.gov.signpost.web.internal;

import java.util.concurrent.Executor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import uk.gov.signpost.web.StreamingProperties;

/**
 * Threads that run streamed turns, apart from the request threads. A turn mostly waits for the model, so each
 * gets its own thread straight away (no queue behind a few busy threads); when all are busy the request is
 * refused rather than left waiting.
 */
@Configuration(proxyBeanMethods = false)
class TurnExecutorConfiguration {

    @Bean
    Executor turnExecutor(StreamingProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("turn-");
        executor.setCorePoolSize(properties.maxConcurrentTurns());
        executor.setMaxPoolSize(properties.maxConcurrentTurns());
        executor.setAllowCoreThreadTimeOut(true);
        executor.setKeepAliveSeconds(30);
        executor.setQueueCapacity(0);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(20);
        executor.initialize();
        return executor;
    }
}
