/**
 * Word lists for the NAME, LOCATION and FACILITY_ROOM detectors, built once at module load
 * into lower-cased Sets (O(1) lookups, no network at run time).
 *
 * Given and family names come from the person data that ships with @faker-js/faker
 * (MIT; maintained; dozens of locales). Only Latin-script locales are read, because
 * reflective logs on this platform are written in English: English (US/UK/AU/IE), Indian,
 * Nepali, Nigerian English and Yoruba, Ghanaian, South African and isiZulu, Senegalese,
 * Turkish, Indonesian, Vietnamese, Kurdish (Kurmanji), Uzbek, and several European ones.
 * Faker has no Latin-script Pakistani/Arabic, Irish, Igbo/Hausa, Chinese pinyin or Japanese
 * romaji names, so a short supplement of very common ones follows.
 *
 * Place names (countries, states, counties and cities) come from the same package's
 * location data, plus a short list of large cities. They are used to recognise "lives in
 * Manchester" as a city (not flagged) and "Sydney" after "in/from" as a place, not a person.
 */
import { faker as en } from "@faker-js/faker/locale/en";
import { faker as enGB } from "@faker-js/faker/locale/en_GB";
import { faker as enAU } from "@faker-js/faker/locale/en_AU";
import { faker as enIE } from "@faker-js/faker/locale/en_IE";
import { faker as enIN } from "@faker-js/faker/locale/en_IN";
import { faker as enNP } from "@faker-js/faker/locale/en_NP";
import { faker as enNG } from "@faker-js/faker/locale/en_NG";
import { faker as yoNG } from "@faker-js/faker/locale/yo_NG";
import { faker as enGH } from "@faker-js/faker/locale/en_GH";
import { faker as enZA } from "@faker-js/faker/locale/en_ZA";
import { faker as zuZA } from "@faker-js/faker/locale/zu_ZA";
import { faker as enHK } from "@faker-js/faker/locale/en_HK";
import { faker as frSN } from "@faker-js/faker/locale/fr_SN";
import { faker as tr } from "@faker-js/faker/locale/tr";
import { faker as idID } from "@faker-js/faker/locale/id_ID";
import { faker as vi } from "@faker-js/faker/locale/vi";
import { faker as kuKmr } from "@faker-js/faker/locale/ku_kmr_latin";
import { faker as uzUZ } from "@faker-js/faker/locale/uz_UZ_latin";
import { faker as es } from "@faker-js/faker/locale/es";
import { faker as fr } from "@faker-js/faker/locale/fr";
import { faker as it } from "@faker-js/faker/locale/it";
import { faker as de } from "@faker-js/faker/locale/de";
import { faker as pl } from "@faker-js/faker/locale/pl";
import { faker as ptPT } from "@faker-js/faker/locale/pt_PT";
import { faker as sv } from "@faker-js/faker/locale/sv";
import { faker as ptBR } from "@faker-js/faker/locale/pt_BR";
import { faker as esMX } from "@faker-js/faker/locale/es_MX";
import { faker as frCA } from "@faker-js/faker/locale/fr_CA";
import { faker as enCA } from "@faker-js/faker/locale/en_CA";
import { faker as nl } from "@faker-js/faker/locale/nl";
import { faker as afZA } from "@faker-js/faker/locale/af_ZA";

interface HasDefinitions {
  readonly rawDefinitions: { readonly person?: unknown; readonly location?: unknown };
}

// v14: Brazilian and Mexican Spanish/Portuguese, Dutch and Afrikaans names too ("Thiago", "Pieter van der Berg").
const NAME_LOCALES: readonly HasDefinitions[] = [en, enGB, enAU, enIE, enIN, enNP, enNG, yoNG, enGH, enZA, zuZA, afZA, enHK, frSN, tr, idID, vi, kuKmr, uzUZ, es, esMX, fr, it, de, pl, ptPT, ptBR, sv, nl];
const PLACE_LOCALES: readonly HasDefinitions[] = [en, enGB, enAU, enIE, enIN, enNG, enGH, enZA];
// v7: countries and states (not cities: their lists are full of saints' and founders' names) as written in the other
// Latin-script locales, so "Québec", "Pernambuco" or "Baja California" read as regions.
const REGION_LOCALES: readonly HasDefinitions[] = [enNP, enHK, frSN, tr, idID, vi, es, esMX, fr, frCA, enCA, it, de, pl, ptPT, ptBR, sv, nl];

/** Every string inside a (possibly nested) array/object of strings. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

function field(obj: unknown, key: string): unknown {
  return obj !== null && typeof obj === "object" ? (obj as Record<string, unknown>)[key] : undefined;
}

/** Lower-case, strip diacritics (so "Siân" and "Sian" meet), fold curly apostrophes. */
export function keyOf(word: string): string {
  return word.normalize("NFD").replace(/\p{M}+/gu, "").replace(/[’`]/g, "'").toLowerCase();
}

const LATIN_WORD = /^[A-Za-z\u00C0-\u024F'’-]{2,}$/;

function addWords(set: Set<string>, words: Iterable<string>): void {
  for (const w of words) {
    // Multi-word entries ("Anh Vũ", "Adam Perl") contribute each word.
    for (const part of w.split(/\s+/)) if (LATIN_WORD.test(part)) set.add(keyOf(part));
  }
}

const SUPPLEMENT_FIRST = `
Muhammad Mohammad Mohammed Muhammed Ahmad Ahmed Ali Hassan Hasan Hussain Husain Bilal Imran Usman Umar Omar Hamza Zain Zainab Ayesha Aisha Aysha
Fatima Fatimah Khadija Maryam Mariam Sana Hina Sadia Rukhsana Shabana Shazia Nasreen Parveen Perveen Naseem Nadia Noor Nur Amna Asma Saima Samina
Naveed Tariq Asif Farhan Faisal Kashif Waqas Adnan Shahid Zahid Sajid Rashid Khalid Javed Junaid Irfan Arif Nasir Tahir Yasir Zubair Kamran Rizwan
Abdul Abdullah Abdur Rehman Rahman Aslam Akram Anwar Iqbal Pervez Saeed Shafiq Sohail Tanveer Waseem Yousaf Yusuf Ibrahim Ismail Mustafa Idris Bashir
Layla Leila Laila Yasmin Yasmeen Huda Samira Rania Noura Amira Salma Lubna Farah Hiba Rabia Iqra Mehwish Bushra Zara Zahra Sobia Uzma Shabnam Rubina
Deepak Rajesh Suresh Ramesh Mahesh Dinesh Ganesh Rakesh Mukesh Sanjay Vijay Ajay Amit Sumit Rohit Mohit Nikhil Rahul Vikram Arjun Karan Manoj Anil Sunil
Priya Pooja Neha Sneha Kavita Sunita Anita Geeta Seema Rekha Meena Lakshmi Savitri Shanti Kamala Parvati Radha Sita Usha Asha Nisha Divya Shreya Ananya
Gurpreet Harpreet Manpreet Jaspreet Simran Baljit Jaswinder Kulwinder Sukhwinder Harjit Balwinder Paramjit Ranjit
Tunde Babatunde Adebayo Ade Femi Funmi Folake Bisi Bola Yemi Kemi Seun Tope Wale Dapo Segun Sola Shola Lola Bukola Kehinde Taiwo Yetunde Olu Oluwaseun
Chidi Chinedu Chioma Chiamaka Ngozi Nkechi Emeka Obinna Ifeanyi Uche Ada Adaeze Nneka Chukwuemeka Chinonso Ikenna Obiora Kelechi Amaka Ebuka Ugochi
Musa Aminu Hauwa Sani Bala Garba Lawal Aliyu Usman Umaru Halima Hadiza Zainab Binta Salisu Ibrahim Abubakar Danjuma Jummai Rukayat Kabiru
Kwame Kofi Kojo Kwaku Yaw Kwabena Ama Akua Abena Adwoa Efua Esi
Siobhan Niamh Aoife Ciara Ciaran Cian Oisin Sean Seamus Padraig Eoin Roisin Grainne Saoirse Caoimhe Sinead Orla Eamon Declan Darragh Fionn Aisling Mairead
Wei Li Ming Hui Jun Jie Yan Ying Xin Hong Lei Tao Fang Jing Ling Mei Xiao Hao Yu Zhen
Hiroshi Takashi Kenji Yuki Yuko Keiko Akiko Haruto Sakura Naoko Kenta Takeshi Aiko Emi Hana Yumi
Minh Thanh Huong Linh Tuan Thu
Ghulam Rasool Mushtaq Shaukat Pervaiz Sarfraz Jahangir Afzal Sultan Wazir Gul Gulalai Malalai Zarmina Palwasha Noreen Shagufta Tahira Nusrat Rehana Kulsoom
Sughra Zubaida Haleema Fozia Nighat Shahida Shamim Razia Nazia
Murali Senthil Saravanan Muthu Selvi Kannan Murugan Arumugam Subramanian Balaji Venkatesh Srinivas Lakshmanan Vasanthi Revathi Kavitha Malathi Padma
Saranya Anitha Sujatha Jayanthi Rajendran Prakash Sreedevi Suma Bindu Rajeev Biju Shaji Anoop Sreekumar Ajith Manju Jincy Deepthi Deepa Sathya Venkata Nagaraju
Shahana Sharmin Rahima Rokeya Taslima Nasima Shirin Mahmuda Rafiq Rafiqul Aminul Nazrul Shafiqul Mizanur Habibur Ashraful Momtaz Sumon Rubel Babul
Mohd Muhd Nurul Faizal Azman Azlan Rosli Roslan Zulkifli Hafiz Haziq Aiman Amirul Syafiq Syazwani Noraini Norhayati Rohani Aishah Fauziah Zaleha
Rhys Dafydd Gareth Ioan Iwan Cerys Ffion Bethan Carys Sioned Eilidh Morag Mhairi Kirsty Ailsa Catriona Hamish Euan Ruaridh Lachlan Callum
Tamati Wiremu Hemi Rangi Aroha Mere Hone Anaru Tipene Pania Mihi Ngaire Kiri Manaia Nikau Ariki Tane
Bongani Sipho Thabo Thandiwe Zanele Lwazi Ayanda Sibusiso Nokuthula Lindiwe Mandla Themba Thandeka Nolwazi Busisiwe
Wanjiru Wanjiku Njeri Achieng Atieno Akinyi Otieno Ochieng Omondi Kiprotich Kipchoge Chebet Baraka Zawadi Neema Amani
Marites Maricel Marilou Rowena Lorna Jericho Jomar Rodel Arnel Analyn Rosalie Remedios Corazon Rogelio Jocelyn Mylene
Oksana Olena Iryna Svitlana Tetiana Oleksandr Mykola Volodymyr Andriy Dmitri Sergei Yulia
Abdulrahman Abdelrahman Mahmoud Mahmud Youssef Mohamed Khaled Walid Tarek Hany Samir Amr Hossam Mostafa Reem Nour Heba Dina Mona Yasmine Aya Shaimaa Marwa Eman Asmaa
`;

const SUPPLEMENT_LAST = `
Khan Begum Bibi Akhtar Chaudhry Chaudhary Choudhury Qureshi Siddiqui Hussain Hossain Rehman Rahman Baig Butt Malik Sheikh Shaikh Mirza Raza Rizvi Naqvi Zaidi Abbasi
Bhatti Awan Gill Cheema Bajwa Rana Chohan Janjua Khokhar Mughal Ansari Farooqui Hashmi Jafri Kazmi Mahmood Masood Nawaz Iqbal Ashraf Aslam Anjum Javed
Patel Shah Mehta Sharma Verma Gupta Singh Kaur Kumar Agarwal Aggarwal Bansal Chopra Kapoor Khanna Malhotra Joshi Desai Iyer Iyengar Nair Menon Pillai Reddy Rao
Naidu Chatterjee Banerjee Mukherjee Bose Das Dutta Ghosh Sen Roy Yadav Mishra Pandey Tiwari Dubey Chauhan Rathore Jain Bhatt Trivedi Shukla Saxena Srivastava
Adeyemi Adebayo Adewale Adeleke Ogunleye Ogunbiyi Olawale Oladipo Okafor Okonkwo Okoro Okeke Nwosu Nwachukwu Eze Obi Onyeka Uzor Igwe Chukwu Nnamdi Ibekwe
Abubakar Bello Danjuma Garba Lawal Mohammed Suleiman Yakubu Yusuf Usman Ibrahim Adamu Aliyu Musa Sani Mensah Owusu Boateng Asante Osei Appiah Agyeman
O'Brien O'Connor O'Sullivan O'Neill O'Reilly O'Donnell O'Shea O'Mahony O'Leary O'Callaghan McCarthy McLaughlin McDonald MacDonald McKenna Murphy Kelly
Byrne Ryan Walsh Doyle Gallagher Kavanagh Brennan Quinn Flanagan Fitzgerald Fitzpatrick Kennedy Lynch Nolan Dunne Hogan
Wang Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu Sun Ma Zhu Hu Guo Lin Luo Gao Zheng Liang Xie Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang
Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Sato
Kim Park Choi Jung Kang Cho Yoon Jang Lim Nguyen Tran Pham Hoang Phan Huynh Vo Dang Bui Do Ngo Duong
Soomro Memon Bhutto Jatoi Khattak Afridi Yousafzai Durrani Marwat Mengal Baloch Leghari Mazari Gondal Warraich Arain Jutt
Murugan Subramaniam Krishnan Raman Gopalan Narayanan Chandran Varghese Kurian Akter Akhter Uddin Miah Sarker Sarkar Bhuiyan Talukder Mondal Biswas
Mokoena Dlamini Nkosi Ndlovu Khumalo Mthembu Kamau Mwangi Kariuki Njoroge Mutua Wafula Ochieng Otieno Kiprotich Cheruiyot
Santos Reyes Bautista Mendoza Villanueva Aquino Mahmoud Haddad Khoury Najjar Masri Hashimi Farsi
`;

export const FIRST_NAMES = new Set<string>();
export const SURNAMES = new Set<string>();

for (const loc of NAME_LOCALES) {
  const person = loc.rawDefinitions.person;
  addWords(FIRST_NAMES, strings(field(person, "first_name")));
  addWords(FIRST_NAMES, strings(field(person, "middle_name")));
  addWords(SURNAMES, strings(field(person, "last_name")));
}
addWords(FIRST_NAMES, SUPPLEMENT_FIRST.split(/\s+/));
addWords(SURNAMES, SUPPLEMENT_LAST.split(/\s+/));

const SUPPLEMENT_PLACES = `
London Manchester Birmingham Leeds Liverpool Sheffield Bristol Newcastle Nottingham Leicester Coventry Bradford Cardiff Swansea Edinburgh Glasgow Aberdeen Dundee
Belfast Derry Dublin Cork Galway Limerick Oxford Cambridge Brighton Southampton Portsmouth Plymouth Exeter York Hull Sunderland Middlesbrough Preston Bolton
Salford Stockport Wigan Blackpool Norwich Ipswich Reading Slough Luton Milton Keynes Northampton Peterborough Derby Stoke Wolverhampton Chester Bath Durham Carlisle Lancaster Inverness
Lagos Abuja Ibadan Kano Kaduna Enugu Onitsha Benin Jos Ilorin Zaria Maiduguri Sokoto Calabar Owerri Abeokuta Ife Accra Kumasi Nairobi Kampala Dar Salaam Johannesburg Cape Town Durban
Karachi Lahore Islamabad Rawalpindi Peshawar Quetta Multan Faisalabad Hyderabad Sialkot Gujranwala Abbottabad Mirpur Muzaffarabad Sukkur Larkana Bahawalpur Sargodha
Delhi Mumbai Bombay Kolkata Calcutta Chennai Madras Bengaluru Bangalore Pune Ahmedabad Jaipur Lucknow Kanpur Nagpur Indore Bhopal Patna Surat Vadodara Chandigarh Amritsar Ludhiana
Kochi Cochin Trivandrum Thiruvananthapuram Vellore Manipal Mysore Coimbatore Madurai Goa Kerala Punjab Sindh Balochistan Kashmir Dhaka Chittagong Sylhet Kathmandu Colombo
Sydney Melbourne Brisbane Perth Adelaide Hobart Darwin Canberra Auckland Wellington Christchurch Toronto Montreal Vancouver Ottawa Calgary
Paris Berlin Madrid Rome Lisbon Amsterdam Brussels Vienna Prague Warsaw Athens Istanbul Ankara Moscow Cairo Riyadh Jeddah Mecca Medina Dubai Doha Tehran Baghdad Kabul Beirut Amman Damascus
Beijing Shanghai Shenzhen Guangzhou Wuhan Tokyo Osaka Kyoto Seoul Manila Bangkok Singapore Jakarta Hanoi Saigon Houston Boston Chicago Dallas Austin Atlanta Miami Seattle Denver Phoenix Detroit
Philadelphia Baltimore Pittsburgh Cleveland Nashville Memphis Orleans Vegas Angeles Francisco Diego Brooklyn Bronx Manhattan Queens Harlem Africa Asia Europe America Australia Scotland Wales England Ireland Britain
`;

export const PLACES = new Set<string>();
/**
 * v14: the words that are a place on their own (a one-word country, state, county or city), and the place names of
 * several words, keyed "sao paulo", "santa ana". A given name that is a place only inside a longer place name ("Ana"
 * in Santa Ana, "Kwame" in Kwame Danso) is read as the name when it stands alone (names.ts), and as the place when
 * the whole place name is written.
 */
export const PLACES_ALONE = new Set<string>();
export const PLACE_PHRASES = new Set<string>();
/** v26: one-word country names ("Kenya", "India", "Jordan"): a country before it is anyone's given name. */
export const COUNTRIES = new Set<string>();
function addPlaceWords(words: Iterable<string>): void {
  for (const w of words) {
    const parts = w.split(/\s+/).filter((part) => LATIN_WORD.test(part));
    addWords(PLACES, parts);
    if (parts.length === 1) PLACES_ALONE.add(keyOf(parts[0] as string));
    else PLACE_PHRASES.add(parts.map(keyOf).join(" "));
  }
}
for (const loc of PLACE_LOCALES) {
  const location = loc.rawDefinitions.location;
  for (const key of ["country", "state", "county", "city_name"]) addPlaceWords(strings(field(location, key)));
}
for (const loc of REGION_LOCALES) {
  const location = loc.rawDefinitions.location;
  for (const key of ["country", "state"]) addPlaceWords(strings(field(location, key)));
}
for (const loc of PLACE_LOCALES) {
  for (const country of strings(field(loc.rawDefinitions.location, "country"))) if (LATIN_WORD.test(country)) COUNTRIES.add(keyOf(country));
}
addWords(PLACES, SUPPLEMENT_PLACES.split(/\s+/));
addWords(PLACES_ALONE, SUPPLEMENT_PLACES.split(/\s+/));
for (const w of ["new", "north", "south", "east", "west", "saint", "st", "city", "the", "of", "and", "port", "fort", "mount", "lake", "islands", "island", "republic", "united", "states", "kingdom", "federal", "district", "territory", "capital", "central", "upper", "lower", "great", "little", "greater"]) PLACES.delete(w);
