# Les mots français de RL4003 (avec Lexicons/fr.lex, chargés quand le français l'est) : les marques de gabarit non rempli.

[placeholder.email]
votre
vous
domaine
exemple
entreprise
nom
courriel

[placeholder.marker]
à compléter
à définir

# Mots du titre d'un rapport qui le disent définitif.
[report.final]
final
finale
rapport final
définitif
définitive
finalisé
finalisée

[date.label]
date
date du rapport
mis à jour
mise à jour
dernière mise à jour

# RL4003 : le format d'une date en capitales à la place de la date (« Date de recette : JJ/MM/AAAA »), lu partie par
# partie entre « - », « / » ou « . » : l'année, le mois, le jour.
[date.format.year]
aaaa

[date.format.month]
mm

[date.format.day]
jj

# RL4003 : le nom d'une variable de gabarit qui tient lieu de date ($(date), {{ today }}) ; les gabarits nomment leurs
# variables en anglais.
[placeholder.date-variable]
date
today
now
current_date
report_date

# RL4003 : le mot par lequel commence un jeton à remplacer, joint au suivant par « _ » ou « - » : votre_cle_api,
# https://votre-domaine.fr.
[placeholder.lead]
votre

# RL4003 : le dernier mot d'un jeton en capitales qui nomme la valeur à fournir : <NOM_UTILISATEUR>, CLE_API.
[placeholder.field]
nom
cle
jeton
utilisateur
domaine

# RL4003 : le texte entier d'un crochet qui est un champ à remplir : [À remplir], [Votre nom], [Coordonnées].
[placeholder.bracket]
à remplir
à compléter
à définir
nom
prénom
votre nom
nom et prénom
téléphone
coordonnées
adresse e-mail
date

# Mots d'un nom de fichier qui font de la page un modèle, dont les champs sont à remplir :
# modele-compte-rendu.md, GABARIT_RAPPORT.md.
[template.file-name]
modele
modèle
modeles
modèles
gabarit
gabarits
canevas
trame
