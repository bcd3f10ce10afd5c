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
