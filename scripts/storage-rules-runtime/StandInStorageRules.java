import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stand-in for Google's storage rules runtime, used only where the real one can neither be found
 * nor downloaded. It answers the Storage emulator's protocol and PERMITS EVERYTHING: storage.rules
 * are not enforced while it runs, and the launcher says so loudly.
 */
public final class StandInStorageRules {
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(-?\\d+)");

  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    System.out.println("{\"id\":-1,\"status\":\"ok\",\"action\":\"\",\"result\":{},\"errors\":[],\"warnings\":[]}");
    System.out.flush();
    String line;
    while ((line = in.readLine()) != null) {
      Matcher matcher = ID.matcher(line);
      String id = matcher.find() ? matcher.group(1) : "0";
      String result = line.contains("\"load_ruleset\"") ? "{\"rulesVersion\":2}" : "{\"permit\":true}";
      System.out.println("{\"id\":" + id + ",\"status\":\"ok\",\"action\":\"\",\"result\":" + result
          + ",\"errors\":[],\"warnings\":[]}");
      System.out.flush();
    }
  }
}
