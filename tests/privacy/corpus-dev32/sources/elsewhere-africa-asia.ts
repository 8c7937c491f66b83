import type { SourceItem } from "../../corpus/types.ts";
import { saId } from "../../corpus/gen.ts";

/** South Africa, Zimbabwe, Botswana, the Philippines and Vietnam. */
export const AFRICA_ASIA: readonly SourceItem[] = [
  {
    id: "za-free-001",
    setting: "cerebral palsy clinic",
    role: "paediatric neurology registrar",
    text: `
Spasticity clinic reflection — the one where I learned what a refill actually costs a family.

⟦NAME|Thabo Mokoena⟧ is sixteen, has dystonic-spastic cerebral palsy and an intrathecal baclofen pump, serial ⟦DEVICE|SC8637-2219047⟧, that needs refilling every three months. He lives with his gogo in ⟦LOCATION|the informal settlement behind the Spar at Jabulani, the shack with the green Kaizer Chiefs door⟧ and they take two taxis and a train to reach us. The refill is free. The trip costs them nearly a quarter of her monthly old-age grant.

Her ID, ⟦ID|${saId("520815018408")}⟧, is on the SASSA care dependency grant forms we helped complete, because ⟦NAME|Thabo⟧'s grant lapsed when he turned sixteen and nobody told them.

Clinically, the pump has been transformative: he sits upright, sleeps through the night, and his gogo no longer has to hold him down for nappy changes. But the system around the pump is held together by one grandmother's stamina.

Dr. Pillay and I have applied for travel support for him through the hospital's social work department. I have also learned to ask at every visit: "How did you get here today, and what did it cost?"
`,
  },
  {
    id: "za-what-002",
    setting: "spinal cord injury rehabilitation",
    role: "occupational therapist",
    text: `
**What?** I ran a community reintegration group for wheelchair users with spinal cord injury at a rehab centre in Cape Town. Most had been injured by gunshot, and most were young men going back to townships with sand roads, no ramps and shared outdoor toilets.

**So what?** Our discharge training had been designed for smooth floors: transfers to a hospital toilet, wheeling on lino. At home they were managing a pit latrine, a taxi, and a gang who knew they could no longer run. One man said the hardest thing wasn't the stairs; it was being seen.

**Now what?** We have added outdoor skills to the programme: wheeling on sand and gravel, curbs, getting in and out of a minibus taxi, and a session with a peer mentor who lives in a township. The QuadPara Association runs peer programmes and we now refer everyone. I've also learned some isiXhosa phrases from my colleague, Nomvula, and "ndiyakuva" — I hear you — turns out to matter.
`,
  },
  {
    id: "za-comment-003",
    setting: "cerebral palsy clinic",
    role: "social worker",
    text: `
Thank you for raising the grant gap at sixteen, it catches so many families. A practical point: the SASSA office can backdate in some circumstances if the application is done quickly, so refer to social work the day you notice. And please, for the blog, leave out anything that would identify the family's home or the child's device.
`,
  },
  {
    id: "zw-free-001",
    setting: "community-based rehabilitation",
    role: "rehabilitation technician",
    text: `
Field note, Mashonaland East.

We visited ⟦NAME|Chipo⟧, a nine-year-old with spina bifida, at ⟦LOCATION|Chief Mangwende's area, the homestead past the borehole by Nyamuzuwe school⟧. Her mother, ⟦NAME|Mai Chipo⟧, says she was born on ⟦DATE|Heroes Day⟧ and that the midwife said she would not live a week.

She is very much alive. She crawls everywhere on her hands, and her knees are calloused like leather. She wants to go to school, which is three kilometres away. Her older brother had been carrying her on his back, but he has now left for Harare.

We measured her for a tricycle with hand pedals, which our workshop builds from local steel. The district rehab officer, Mr. Moyo, is talking to the school about a ramp. Her mother asked "achakwanisa here?" — will she manage? I said I thought she would, and I meant it.

Reflection: community-based rehab here is engineering, education and advocacy, with very little medicine. I was trained for the medicine.
`,
  },
  {
    id: "zw-gibbs-002",
    setting: "stroke rehabilitation",
    role: "physiotherapy student",
    text: `
**Description.** My placement was at a central hospital in Bulawayo where the physiotherapy department had two qualified physios for the whole medical wing. Stroke patients were seen once, given a home programme on a photocopied sheet, and discharged.

**Feelings.** I was frustrated that we couldn't give more, and guilty that I was a student taking up supervision time.

**Evaluation.** The photocopied sheet was in English, with tiny drawings. Most patients spoke isiNdebele or Shona, and many families couldn't read it.

**Analysis.** Task-shifting, training family caregivers to deliver rehabilitation, has good evidence in low-resource settings, including trials like ATTEND in India. A sheet is not training. A demonstration is.

**Conclusion.** With two physios, the real therapist is the family. We should be training them, not handing them paper.

**Action plan.** With my supervisor, Mrs. Dube, I drafted a short caregiver session: transfers, positioning and three exercises, demonstrated and practised before discharge. We'll use pictures and ask the family to teach it back. I want to test it before my placement ends.
`,
  },
  {
    id: "zw-free-003",
    setting: "amputee rehabilitation",
    role: "orthopaedic nurse",
    text: `
⟦NAME|Baba Tendai⟧, a gold panner from ⟦LOCATION|the Mazowe river diggings below Glendale⟧, lost his left leg above the knee when a shaft collapsed. He came to our orthopaedic ward septic and angry, and his wife ⟦NAME|Rudo⟧ has been sleeping on a reed mat under his bed for six weeks.

He has no money for a prosthesis, and the national orthopaedic workshop has a waiting list of many months. ⟦NAME|Rudo⟧ set up a fundraising appeal and asked us to share her EcoCash number, ⟦PHONE|077 555 0192⟧, with other families on the ward. Sister-in-charge said no, gently, and explained why.

I understood both sides. Families here fundraise for everything: surgery, transport, prostheses. Hospital staff are asked to help every day. But the ward is not a marketplace and other patients have their own struggles.

We connected them instead with a church-run prosthetics programme and the social welfare office. The limb will come in four months if the programme's funding holds. In the meantime he is learning to use crutches, and practising sitting to standing with a nurse on each side.
`,
  },
  {
    id: "bw-free-001",
    setting: "home-based rehabilitation",
    role: "physiotherapist",
    text: `
Home visit to a cattle post, which I had never done before.

⟦NAME|Rra Kgosietsile⟧, a herdsman, had a stroke a year ago and went back to ⟦LOCATION|his cattle post at Mmaphashalala, the kraal past the dry pan⟧ because he refused to stay in town. His Omang, ⟦ID|118427519⟧, was on the referral form from the district hospital, along with the note "no follow-up possible — remote".

We drove two hours on sand in a bakkie. He was sitting under a morula tree, giving orders to his grandsons, with a cane carved from mopane wood. His walking was better than I expected. His shoulder was painful and subluxed, and he had not been using his affected arm at all.

I taught his grandsons a simple shoulder support and three arm exercises. They were keen. He said "ke a leboga, ngwanaka" — thank you, my child — and then asked whether the exercises would help him ride a donkey again.

"No follow-up possible" was not true. It was just inconvenient. I'm going to push for a quarterly outreach visit.
`,
  },
  {
    id: "bw-what-002",
    setting: "learning disability services",
    role: "special education teacher",
    text: `
**What?** I teach at a special school in Gaborone, and this term our psychologist, Mma Sebego, trained us to use visual timetables and first-then boards for children with autism and intellectual disability.

**So what?** I had always assumed that the children's "outbursts" were naughtiness. The visual timetable reduced them in my class within two weeks. Transitions were the trigger, and the children didn't know what was coming. The training showed me how much I had been relying on spoken instructions, which many of my students can't process quickly.

**Now what?** I have made timetables with pictures from our own school, in Setswana and English, and I'm sharing them with two other teachers. I also want to involve parents, so the same pictures can be used at home. I'm reading about the TEACCH approach and what it might look like with our resources.
`,
  },
  {
    id: "bw-free-003",
    setting: "wheelchair services",
    role: "wheelchair service technician",
    text: `
I did my WHO Wheelchair Service Training Package course this month, and I want to reflect on what changed in my practice.

Before, we gave out donated wheelchairs by size: small, medium, large. The training taught me the eight steps: referral, assessment, prescription, funding, product preparation, fitting, user training, and follow-up. We were doing step five and skipping the rest.

Last week I assessed a young woman with a spinal cord injury who had been given a heavy hospital-style chair that was too wide. She had pressure sores on both hips and could not self-propel on the gravel at home. We fitted a rough-terrain chair with a proper cushion and taught her to do wheelies to get over bumps.

Our coordinator, Mr. Tau, says the training has changed the workshop more than any donation. I agree. A wheelchair that doesn't fit is not mobility; it's a different kind of immobility.
`,
  },
  {
    id: "ph-free-001",
    setting: "stroke rehabilitation",
    role: "physical therapy intern",
    text: `
Reflection, PT internship, Cebu.

⟦NAME|Lola Pacing⟧ (⟦NAME|Pacita Dela Cruz⟧ on her chart) had a stroke two weeks after her eighty-seventh birthday and came to our outpatient clinic in a tricycle with four grandchildren. Her PhilHealth number, ⟦ID|12-050318774-6⟧, was scribbled on the back of her referral slip, next to her address in ⟦LOCATION|Sitio Lower Kalunasan, the house beside the sari-sari store of the barangay captain⟧.

She wanted to go to Simbang Gabi, the nine dawn masses before Christmas, which start at 4am. That was her goal, stated clearly, and it became ours.

We practised walking on uneven ground, steps, sitting and standing repeatedly like in mass. Her grandson ⟦NAME|Jun-jun⟧ learned to guard her on the stairs. She called me "anak" the whole time and fed me turon.

She made it to all nine masses. She said "salamat kaayo, day" and gave me a rosary.

Goal-setting is the whole of rehab. Hers was clearer than any I could have written.
`,
  },
  {
    id: "ph-what-002",
    setting: "community-based rehabilitation",
    role: "occupational therapist",
    text: `
**What?** After a typhoon hit our province, our CBR team visited families of persons with disabilities in evacuation centres. Wheelchairs had been lost, hearing aid batteries had run out, and the evacuation centre toilets were inaccessible.

**So what?** Disaster response had not planned for disability at all. The relief goods were rice, canned sardines and water, which is fine, but a man using a wheelchair couldn't queue for them. A deaf woman missed announcements. Our team lead, Ma'am Joy, said disability is always an afterthought in disaster planning.

**Now what?** We made a list of persons with disabilities in each barangay and shared it with the local disaster office, with consent. We advocated for an accessible toilet in the main evacuation centre and volunteers assigned to bring relief goods to those who can't queue. I'm reading the Sendai Framework and the Incheon Strategy. Next typhoon season, we want to be ready.
`,
  },
  {
    id: "ph-comment-003",
    setting: "stroke rehabilitation",
    role: "nursing student",
    text: `
Ay grabe, I'm crying! Lola is famous in our parish now. Her apo posted the photo of her at the last Simbang Gabi with the rosary on Facebook, ⟦URL|https://www.facebook.com/junjun.delacruz.cebu/posts/10226418⟧, and it has thousands of shares. Congratulations po, you're a great PT!
`,
  },
  {
    id: "vn-free-001",
    setting: "cerebral palsy services",
    role: "rehabilitation doctor",
    text: `
A reflection from our rehabilitation department in Huế.

⟦NAME|Bé Bống⟧ — her real name is ⟦NAME|Trần Thị Ngọc Anh⟧, but nobody uses it — is four and has cerebral palsy. She was born on ⟦DATE|mùng 3 Tết⟧, and her grandmother, ⟦NAME|bà Lan⟧, brings her every week on a motorbike, with ⟦NAME|Bống⟧ strapped to her back with a scarf.

⟦NAME|Bà Lan⟧ was doing massage at home every evening, as her own grandmother taught her, and she worried that we would say it was wrong. Our physiotherapist, chị Hương, said that massage is good for relaxation but that stretching and play-based practice are what build skills. She showed bà how to combine the two: massage first, then stretching, then play with a ball.

I learned that traditional practices are not the enemy of rehabilitation. They are often the way in. The grandmother trusted us more after we respected her massage.

Now ⟦NAME|Bống⟧ can sit on her own, and bà sends us videos on Zalo every few days, which makes the whole team happy.
`,
  },
  {
    id: "vn-what-002",
    setting: "disability rights",
    role: "medical student",
    text: `
**What?** During our public health module in Hanoi we visited a self-help group of people with disabilities, most of them with physical impairments. Some were veterans, some had polio, some were born with disabilities that families attributed to dioxin exposure in their parents.

**So what?** I had learned about disability only as diagnoses. The group talked about jobs, discrimination, accessible buses, marriage. They asked me why doctors never asked about any of this. I had no answer.

**Now what?** I am reading the Vietnamese Law on Persons with Disabilities (2010) and the UN Convention on the Rights of Persons with Disabilities. I want to include a question about work and social participation in every history I take. Our lecturer, thầy Minh, says the social model is in the curriculum but not in the wards. I want to help change that.
`,
  },
  {
    id: "vn-free-003",
    setting: "prosthetics",
    role: "prosthetist",
    text: `
In our prosthetics workshop in Quảng Trị, many of our patients lost limbs to unexploded ordnance, decades after the war ended. Most are farmers.

This week I fitted a man who had lost his leg as a boy and had worn the same kind of limb for thirty years. He asked for an upgrade to a newer knee that would let him walk in the rice paddies. The new knee was designed for dry floors. We tried a polycentric knee with a manual lock, and he tested it in the paddy behind the workshop. The lock worked; the foot sank.

We added a wider foot plate, like a duck's foot, which our technician, anh Tuấn, made from local materials. It works. Not elegant, but it works.

Innovation in prosthetics is not always about new technology. Sometimes it is about making old technology fit the real ground people walk on.
`,
  },
];
