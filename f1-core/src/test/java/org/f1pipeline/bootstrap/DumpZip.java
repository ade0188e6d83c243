package org.f1pipeline.bootstrap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds a small dump zip by hand for tests: one CSV text per table, entries sorted by name as Jolpica's are. */
final class DumpZip {

    private final Map<String, StringBuilder> tables = new TreeMap<>();

    /** Starts a table with its header line. */
    DumpZip table(String table, String header) {
        tables.put("formula_one_" + table + ".csv", new StringBuilder(header).append('\n'));
        return this;
    }

    /** Adds lines (already CSV) to a table. */
    DumpZip rows(String table, String... lines) {
        StringBuilder b = tables.get("formula_one_" + table + ".csv");
        for (String l : lines) {
            b.append(l).append('\n');
        }
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, StringBuilder> e : tables.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(915148800000L);
                zip.putNextEntry(entry);
                zip.write(e.getValue().toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /**
     * One season (2012) of two rounds: round 1 complete (race with a retirement and a disqualification,
     * Q1-Q3 from fastest laps, laps, two pit stops, one of whole seconds), round 2 scheduled without data.
     */
    static DumpZip season2012() {
        DumpZip z = new DumpZip();
        z.table("season", "id,api_id,championship_system_id,wikipedia,year")
                .rows("season", "1,s_1,,http://en.wikipedia.org/wiki/2012,2012");
        z.table("circuit", "id,altitude,api_id,country,country_code,latitude,locality,longitude,name,reference,"
                + "wikipedia").rows("circuit", "1,10,c_1,Australia,AUS,-37.8497,Melbourne,144.968,"
                + "Albert Park Grand Prix Circuit,albert_park,");
        z.table("driver", "id,abbreviation,api_id,country_code,date_of_birth,forename,nationality,"
                + "permanent_car_number,reference,surname,wikipedia").rows("driver",
                "1,BUT,d_1,GBR,1980-01-19,Jenson,British,22,button,Button,",
                "2,VET,d_2,DEU,1987-07-03,Sebastian,German,5,vettel,Vettel,",
                "3,HAM,d_3,GBR,1985-01-07,Lewis,British,44,hamilton,Hamilton,",
                "4,GROSJ,d_4,FRA,1986-04-17,\"Romain, \"\"Jr\"\"\",French,,grosjean,Grosjean,");
        z.table("team", "id,api_id,base_team_id,country_code,name,nationality,primary_color,reference,wikipedia")
                .rows("team", "1,t_1,,GBR,McLaren,British,,mclaren,", "2,t_2,,AUT,Red Bull,Austrian,,red_bull,",
                        "3,t_3,,GBR,Lotus F1,British,,lotus_f1,");
        z.table("teamdriver", "id,api_id,driver_id,role,season_id,team_id")
                .rows("teamdriver", "1,td_1,1,0,1,1", "2,td_2,2,0,1,2", "3,td_3,3,0,1,1", "4,td_4,4,0,1,3");
        z.table("round", "id,api_id,circuit_id,date,is_cancelled,name,number,race_number,season_id,wikipedia")
                .rows("round", "1,r_1,1,2012-03-18,f,Australian Grand Prix,1,865,1,",
                        "2,r_2,1,2012-03-25,f,Malaysian Grand Prix,2,866,1,",
                        "3,r_3,1,2012-04-01,t,Cancelled Grand Prix,3,,1,");
        z.table("session", "id,api_id,has_time_data,is_cancelled,number,point_system_id,round_id,scheduled_laps,"
                + "timestamp,timezone,type").rows("session",
                "1,s_1,t,f,1,1,1,,2012-03-16 01:30:00+00,Australia/Melbourne,FP1",
                "2,s_2,t,f,4,1,1,,2012-03-17 06:00:00+00,Australia/Melbourne,Q1",
                "3,s_3,t,f,5,1,1,,2012-03-17 06:00:00+00,Australia/Melbourne,Q2",
                "4,s_4,t,f,6,1,1,,2012-03-17 06:00:00+00,Australia/Melbourne,Q3",
                "5,s_5,t,f,7,7,1,58,2012-03-18 06:00:00+00,Australia/Melbourne,R",
                "6,s_6,f,f,7,7,2,56,2012-03-25 00:00:00+00,Asia/Kuala_Lumpur,R");
        z.table("roundentry", "id,api_id,car_number,round_id,team_driver_id")
                .rows("roundentry", "1,re_1,3,1,1", "2,re_2,1,1,2", "3,re_3,4,1,3", "4,re_4,10,1,4");
        z.table("sessionentry", "id,api_id,detail,fastest_lap_rank,grid,is_classified,is_eligible_for_points,"
                + "laps_completed,points,position,round_entry_id,session_id,status,time").rows("sessionentry",
                "10,se_10,Finished,1,2,t,t,58,25,1,1,5,0,01:34:09.565",
                "11,se_11,Finished,3,6,t,t,58,18,2,2,5,0,01:34:11.704",
                "12,se_12,Engine,,1,f,t,10,,4,3,5,11,",
                "13,se_13,Disqualified,2,3,f,t,58,,3,4,5,20,01:34:15",
                "20,se_20,,,,,t,,,2,1,2,,", "21,se_21,,,,,t,,,1,2,2,,", "22,se_22,,,,,t,,,3,3,2,,",
                "23,se_23,,,,,t,,,4,4,2,,",
                "24,se_24,,,,,t,,,1,1,3,,", "25,se_25,,,,,t,,,2,2,3,,", "26,se_26,,,,,t,,,3,3,3,,",
                "27,se_27,,,,,t,,,2,1,4,,", "28,se_28,,,,,t,,,1,2,4,,");
        z.table("lap", "id,api_id,average_speed,is_deleted,is_entry_fastest_lap,number,position,session_entry_id,"
                + "time").rows("lap",
                "100,l_100,,f,t,,,20,00:01:26.8", "101,l_101,,f,t,,,21,00:01:26.2",
                "102,l_102,,f,t,,,22,00:01:27.001", "103,l_103,,f,t,,,23,00:01:28.5",
                "104,l_104,,f,t,,,24,00:01:25.5", "105,l_105,,f,t,,,25,00:01:25.6",
                "106,l_106,,f,t,,,26,00:01:26", "107,l_107,,f,t,,,27,00:01:24.922",
                "108,l_108,,f,t,,,28,00:01:24.9",
                "200,l_200,,f,f,1,1,10,00:01:35.1", "201,l_201,,f,f,2,1,10,00:01:31.2",
                "202,l_202,,f,t,3,1,10,00:01:29.187",
                "210,l_210,,f,f,1,2,11,00:01:35.5", "211,l_211,,f,t,2,2,11,00:01:30.5",
                "212,l_212,,f,f,3,2,11,00:01:30.9",
                "220,l_220,,f,f,1,3,12,00:01:36.0", "221,l_221,,f,t,2,3,12,00:01:33.3",
                "230,l_230,,f,t,1,4,13,00:01:37.5",
                "240,l_240,,f,f,4,,10,"); // a bare lap row (a pit stop's lap without timing): not in the lap chart
        z.table("pitstop", "id,api_id,duration,lap_id,local_timestamp,number,session_entry_id")
                .rows("pitstop", "1,p_1,00:00:24.563,201,17:25:36,1,10", "2,p_2,00:00:23,210,17:22:10,1,11");
        return z;
    }
}
