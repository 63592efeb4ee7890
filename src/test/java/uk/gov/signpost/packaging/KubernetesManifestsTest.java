package uk.gov.signpost.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks the Kubernetes manifests in {@code deploy/kubernetes}. No schema validator installs from the registries
 * here (kubeconform is a Go binary), so each document is read into the fabric8 Kubernetes object model, which
 * knows every field of these kinds: a misspelt or misplaced field lands in the model's "additional properties"
 * and fails the test. Then the essentials are checked: non-root and read-only containers, probes on the actuator,
 * resources, matching labels, the autoscaler and disruption budget aimed at the Deployment, secrets only by
 * reference, graceful termination that outlasts the application's shutdown, and the image tag.
 */
class KubernetesManifestsTest {

    private static final Path FOLDER = Path.of("deploy/kubernetes");
    private static final ObjectMapper MODEL = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "ConfigMap", ConfigMap.class,
            "Deployment", Deployment.class,
            "Service", Service.class,
            "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "PodDisruptionBudget", PodDisruptionBudget.class,
            "NetworkPolicy", NetworkPolicy.class);
    /** Names of settings that are secret: they may only come from a Secret, never be written down. */
    private static final Pattern SECRET_NAME = Pattern.compile(".*(KEY|SECRET|PASSWORD|TOKEN|DATABASE_URL|DATABASE_USER).*");

    static List<HasMetadata> objects = new ArrayList<>();
    static List<Map<String, Object>> documents = new ArrayList<>();

    @BeforeAll
    static void readManifests() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                if (file.getFileName().toString().equals("kustomization.yaml")) {
                    continue;
                }
                for (Object document : new Yaml().loadAll(Files.readString(file))) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> map = (Map<String, Object>) document;
                    documents.add(map);
                    Class<? extends HasMetadata> type = KINDS.get((String) map.get("kind"));
                    assertThat(type).as("%s: kind %s", file, map.get("kind")).isNotNull();
                    HasMetadata object = MODEL.convertValue(map, type);
                    assertThat(unknownFields(object, "")).as("%s: fields the %s schema does not have", file,
                            map.get("kind")).isEmpty();
                    objects.add(object);
                }
            }
        }
    }

    @Test
    void every_kind_the_service_needs_is_there_once_and_kustomize_lists_every_file() throws IOException {
        assertThat(objects).extracting(HasMetadata::getKind)
                .containsExactlyInAnyOrder(KINDS.keySet().toArray(String[]::new));
        Map<String, Object> kustomization = new Yaml().load(Files.readString(FOLDER.resolve("kustomization.yaml")));
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertThat(files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml")))
                    .containsExactlyInAnyOrderElementsOf(strings(kustomization.get("resources")));
        }
    }

    @Test
    void every_container_runs_as_non_root_on_a_read_only_root_with_no_privileges() {
        PodSpec pod = deployment().getSpec().getTemplate().getSpec();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        for (Container container : containers(pod)) {
            assertThat(container.getSecurityContext().getRunAsNonRoot()).as(container.getName()).isTrue();
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).as(container.getName()).isTrue();
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).as(container.getName()).isFalse();
            assertThat(container.getSecurityContext().getCapabilities().getDrop()).contains("ALL");
            assertThat(container.getVolumeMounts()).extracting(m -> m.getMountPath())
                    .as("the only writable places").contains("/tmp", "/var/lib/signpost");
        }
    }

    @Test
    void every_container_has_resources_and_probes_on_the_actuator_health_groups() {
        for (Container container : containers(deployment().getSpec().getTemplate().getSpec())) {
            assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).containsKey("memory");
            assertProbe(container, container.getLivenessProbe(), "/actuator/health/liveness");
            assertProbe(container, container.getReadinessProbe(), "/actuator/health/readiness");
            assertProbe(container, container.getStartupProbe(), "/actuator/health/liveness");
        }
    }

    @Test
    void termination_waits_longer_than_the_applications_graceful_shutdown() throws IOException {
        Map<String, Object> application = new Yaml().load(Files.readString(Path.of("src/main/resources/application.yaml")));
        // The setting may be an environment placeholder with a default, ${SIGNPOST_SHUTDOWN_TIMEOUT:20s}: take the default.
        String configured = String.valueOf(at(application, "spring", "lifecycle", "timeout-per-shutdown-phase"))
                .replaceFirst("^\\$\\{[A-Z0-9_]+:(.+)}$", "$1");
        Duration shutdown = DurationStyle.detectAndParse(configured);
        PodSpec pod = deployment().getSpec().getTemplate().getSpec();
        long preStop = containers(pod).get(0).getLifecycle().getPreStop().getSleep().getSeconds();
        assertThat(pod.getTerminationGracePeriodSeconds()).isGreaterThanOrEqualTo(preStop + shutdown.toSeconds() + 10);
    }

    @Test
    void selectors_match_the_pods_and_the_autoscaler_and_budget_aim_at_the_deployment() {
        Deployment deployment = deployment();
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
        assertThat(podLabels).containsAllEntriesOf(one(Service.class).getSpec().getSelector());
        assertThat(podLabels).containsAllEntriesOf(one(PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels());
        assertThat(podLabels).containsAllEntriesOf(one(NetworkPolicy.class).getSpec().getPodSelector().getMatchLabels());
        HorizontalPodAutoscaler hpa = one(HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
        assertThat(hpa.getSpec().getMinReplicas()).as("the disruption budget needs more than one pod").isGreaterThan(1);
        assertThat(one(Service.class).getSpec().getPorts()).allSatisfy(port -> assertThat(
                containers(deployment.getSpec().getTemplate().getSpec()).get(0).getPorts())
                .anyMatch(p -> p.getName().equals(port.getTargetPort().getStrVal())));
    }

    @Test
    void secrets_are_only_referenced_never_written() {
        assertThat(documents).noneMatch(d -> "Secret".equals(d.get("kind")));
        for (Container container : containers(deployment().getSpec().getTemplate().getSpec())) {
            for (EnvVar env : container.getEnv()) {
                if (SECRET_NAME.matcher(env.getName()).matches()) {
                    assertThat(env.getValue()).as(env.getName()).isNull();
                    assertThat(env.getValueFrom().getSecretKeyRef()).as(env.getName()).isNotNull();
                }
            }
        }
        assertThat(one(ConfigMap.class).getData().keySet()).noneMatch(k -> SECRET_NAME.matcher(k).matches());
    }

    @Test
    void the_image_tag_is_the_project_version() throws IOException {
        Matcher version = Pattern.compile("<artifactId>signpost</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(version.find()).isTrue();
        assertThat(containers(deployment().getSpec().getTemplate().getSpec()))
                .allSatisfy(c -> assertThat(c.getImage()).endsWith(":" + version.group(1)));
    }

    private static void assertProbe(Container container, Probe probe, String path) {
        assertThat(probe).as("%s: probe on %s", container.getName(), path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        String port = probe.getHttpGet().getPort().getStrVal();
        assertThat(container.getPorts()).anyMatch(p -> p.getName().equals(port));
    }

    private static Deployment deployment() {
        return one(Deployment.class);
    }

    private static <T> T one(Class<T> type) {
        List<T> found = objects.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static List<Container> containers(PodSpec pod) {
        List<Container> all = new ArrayList<>(pod.getContainers());
        all.addAll(pod.getInitContainers());
        return all;
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private static Object at(Map<String, Object> map, String... keys) {
        Object value = map;
        for (String key : keys) {
            value = ((Map<?, ?>) value).get(key);
        }
        return value;
    }

    /** Every field that the model did not recognise, anywhere in the object, as a path. */
    private static List<String> unknownFields(Object object, String path) {
        List<String> unknown = new ArrayList<>();
        walk(object, path, unknown, new IdentityHashMap<>());
        return unknown;
    }

    private static void walk(Object object, String path, List<String> unknown, Map<Object, Boolean> seen) {
        if (object == null || seen.put(object, true) != null) {
            return;
        }
        if (object instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (object instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, unknown, seen));
            return;
        }
        if (!object.getClass().getPackageName().startsWith("io.fabric8")) {
            return;
        }
        for (Method getter : object.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            try {
                Object value = getter.invoke(object);
                if (getter.getName().equals("getAdditionalProperties")) {
                    ((Map<?, ?>) value).keySet().forEach(k -> unknown.add(path + "." + k));
                } else if (!Set.of("getClass").contains(getter.getName())) {
                    walk(value, path + "." + getter.getName().substring(3), unknown, seen);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
